package i18n

// entry is one UI string, in each language in the order of Langs.
type entry struct {
	key  string
	text [3]string
}

// strs is the UI text, by an id, in English, Spanish and Russian. Format
// verbs are filled by F. Keep entries short: they label buttons and small
// panels. It is a table of constants, which the linker lays out as data; as
// a map of maps it was the wasm's third-largest function, 42 KB of start-up
// code that built 41 maps, which V8 compiled twice (a second time optimised)
// for a table read a few hundred times.
var strs = [...]entry{
	{"nodata", [3]string{"No statement found", "Sin postura conocida", "Позиция не найдена"}},
	{"standingHead", [3]string{"No statement on this question:", "Sin postura sobre esta pregunta:", "Без позиции по этому вопросу:"}},
	{"standingGroup", [3]string{"No statement found on this question; standing position: %s", "Sin postura conocida sobre esta pregunta; postura vigente: %s", "По этому вопросу позиция не найдена; текущая позиция: %s"}},
	{"standingTip", [3]string{"No statement found on this question", "Sin postura conocida sobre esta pregunta", "По этому вопросу позиция не найдена"}},
	{"standingSince", [3]string{"Standing position: %s, since %s", "Postura vigente: %s, desde el %s", "Текущая позиция: %s, с %s"}},
	{"updated", [3]string{"Updated %s", "Actualizado el %s", "Обновлено %s"}},
	{"correction", [3]string{"Updated %s: %s", "Actualizado el %s: %s", "Обновлено %s: %s"}},
	{"saved", [3]string{"Saved %s", "Guardado: %s", "Сохранено: %s"}},
	{"saveFailed", [3]string{"Could not save: %s", "No se pudo guardar: %s", "Не удалось сохранить: %s"}},
	{"subjectNote", [3]string{"The country this map is about", "El país del que trata este mapa", "Страна, о которой эта карта"}},
	{"switchedSince", [3]string{"Switched sides since %s:", "Cambiaron de bando desde el %s:", "Сменили сторону с %s:"}},
	{"switched", [3]string{"Switched sides:", "Cambiaron de bando:", "Сменили сторону:"}},
	{"onRecordSince", [3]string{"Newly on record since %s:", "Nuevas posturas desde el %s:", "Новые позиции с %s:"}},
	{"onRecord", [3]string{"Newly on record:", "Nuevas posturas:", "Новые позиции:"}},
	{"offRecordSince", [3]string{"No longer on record since %s:", "Sin postura registrada desde el %s:", "Позиция не зафиксирована с %s:"}},
	{"offRecord", [3]string{"No longer on record:", "Ya sin postura registrada:", "Позиция больше не зафиксирована:"}},
	{"lastMapOf", [3]string{"%s (the last map of this question)", "%s (último mapa de esta pregunta)", "%s (последняя карта по этому вопросу)"}},
	{"questionNew", [3]string{"New question. The colours now show: %s", "Nueva pregunta. Ahora los colores muestran: %s", "Новый вопрос. Теперь цвета показывают: %s"}},
	{"noChanges", [3]string{"No change since %s.", "Sin cambios desde el %s.", "Без изменений с %s."}},
	{"andMore", [3]string{"and %d more", "y %d más", "и ещё %d"}},
	{"sources", [3]string{"Sources: %s", "Fuentes: %s", "Источники: %s"}},
	{"sourcesFor", [3]string{"Sources for %s: %s", "Fuentes del %s: %s", "Источники на %s: %s"}},
	{"source", [3]string{"Source: %s", "Fuente: %s", "Источник: %s"}},
	{"since", [3]string{"since %s", "desde el %s", "с %s"}},
	{"uncertain", [3]string{"Uncertain", "Incierto", "Не вполне ясно"}},
	{"uncertainLeg", [3]string{"Uncertain", "Incierto", "Неясно"}},
	{"more", [3]string{"More", "Más", "Подробнее"}},
	{"less", [3]string{"Less", "Menos", "Свернуть"}},
	{"play", [3]string{"Play", "Reproducir", "Воспроизвести"}},
	{"pause", [3]string{"Pause", "Pausa", "Пауза"}},
	{"zoomIn", [3]string{"Zoom in", "Acercar", "Приблизить"}},
	{"zoomOut", [3]string{"Zoom out", "Alejar", "Отдалить"}},
	{"reset", [3]string{"Reset", "Restablecer", "Сброс"}},
	{"world", [3]string{"World", "Mundo", "Мир"}},
	{"americas", [3]string{"Americas", "América", "Америка"}},
	{"south-america-caribbean", [3]string{"South America", "Sudamérica", "Южная Америка"}},
	{"europe", [3]string{"Europe", "Europa", "Европа"}},
	{"map", [3]string{"Map", "Mapa", "Карта"}},
	{"twoFingers", [3]string{"Use two fingers to move the map", "Usa dos dedos para mover el mapa", "Чтобы сдвинуть карту, используйте два пальца"}},
	{"slider", [3]string{"Timeline", "Cronología", "Хронология"}},
	{"prevStep", [3]string{"Previous step", "Paso anterior", "Предыдущий шаг"}},
	{"nextStep", [3]string{"Next step", "Paso siguiente", "Следующий шаг"}},
	{"loadMap", [3]string{"Load the interactive map", "Cargar el mapa interactivo", "Загрузить интерактивную карту"}},
	{"stepOf", [3]string{"Step %d of %d", "Paso %d de %d", "Шаг %d из %d"}},
	{"closeHint", [3]string{"Esc to close", "Esc para cerrar", "Esc — закрыть"}},
	{"noStance", [3]string{"No statement found", "Sin postura conocida", "Позиция не найдена"}},
	{"countrySince", [3]string{"%s: %s since %s", "%s: %s desde el %s", "%s: %s с %s"}},
	{"countryNoData", [3]string{"%s: no statement found", "%s: sin postura conocida", "%s: позиция не найдена"}},
	{"sideCount", [3]string{"%s: %s", "%s: %s", "%s: %s"}},
	{"question", [3]string{"The colours show: %s", "Los colores muestran: %s", "Цвета показывают: %s"}},
	{"credit", [3]string{"Map: stancemap", "Mapa: stancemap", "Карта: stancemap"}},
}
