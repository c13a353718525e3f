// Package i18n holds the widget's own UI text in English, Spanish and
// Russian, with dates, numbers and counted nouns formatted per language.
// Story text (headlines, side labels) comes translated in the story itself;
// country names come from geo.
package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Langs are the supported UI languages; the first is the fallback.
var Langs = []string{"en", "es", "ru"}

// Normalize returns lang if supported (case and region ignored: "es-VE" is
// "es"), else "en".
func Normalize(lang string) string {
	l := strings.ToLower(lang)
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	for _, s := range Langs {
		if s == l {
			return s
		}
	}
	return "en"
}

// T returns the UI string for key in lang, falling back to English, then to
// the key itself so a missing entry shows up instead of vanishing.
func T(lang, key string) string {
	for i := range strs {
		if e := &strs[i]; e.key == key {
			for j, l := range Langs {
				if l == lang && e.text[j] != "" {
					return e.text[j]
				}
			}
			return e.text[0]
		}
	}
	return key
}

// F is T with fmt.Sprintf arguments.
func F(lang, key string, args ...any) string {
	return fmt.Sprintf(T(lang, key), args...)
}

var monthsShort = map[string][12]string{
	"en": {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	"es": {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
	"ru": {"янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."},
}

var monthsLong = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	// Russian dates use the genitive: "23 января".
	"ru": {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
}

// Date formats a date compactly: "23 Jan 2019", "23 ene 2019", "23 янв. 2019".
func Date(lang string, t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), monthsShort[Normalize(lang)][t.Month()-1], t.Year())
}

// DayMonth formats a date without its year, for slider ticks: "23 Jan".
func DayMonth(lang string, t time.Time) string {
	return fmt.Sprintf("%d %s", t.Day(), monthsShort[Normalize(lang)][t.Month()-1])
}

// DateLong formats a date in full: "23 January 2019", "23 de enero de 2019",
// "23 января 2019 г.".
func DateLong(lang string, t time.Time) string {
	l := Normalize(lang)
	m := monthsLong[l][t.Month()-1]
	switch l {
	case "es":
		return fmt.Sprintf("%d de %s de %d", t.Day(), m, t.Year())
	case "ru":
		return fmt.Sprintf("%d %s %d г.", t.Day(), m, t.Year())
	}
	return fmt.Sprintf("%d %s %d", t.Day(), m, t.Year())
}

// Int formats n with the language's digit grouping: 1,234 / 1.234 / 1 234
// (Spanish groups only from five digits; Russian uses a no-break space).
func Int(lang string, n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	sep := ","
	switch Normalize(lang) {
	case "es":
		sep = "."
		if len(s) <= 4 {
			sep = ""
		}
	case "ru":
		sep = "\u00a0"
	}
	if sep != "" {
		var b strings.Builder
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteString(sep)
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Countries returns "1 country", "13 countries", "13 países", "13 стран"…
func Countries(lang string, n int) string {
	return counted(lang, n, nouns{"country", "countries", "país", "países", "страна", "страны", "стран"})
}

// Governments returns "1 government", "65 governments", "65 gobiernos",
// "65 правительств"…
func Governments(lang string, n int) string {
	return counted(lang, n, nouns{"government", "governments", "gobierno", "gobiernos", "правительство", "правительства", "правительств"})
}

// nouns is one noun's forms: English and Spanish singular and plural, and
// the three Russian forms ruPlural chooses from.
type nouns struct{ en1, enN, es1, esN, ru1, ru2, ru5 string }

// counted writes n with the noun's form for n in the language.
func counted(lang string, n int, w nouns) string {
	l := Normalize(lang)
	num := Int(l, n)
	switch {
	case l == "ru":
		return num + " " + ruPlural(n, w.ru1, w.ru2, w.ru5)
	case l == "es" && n == 1:
		return num + " " + w.es1
	case l == "es":
		return num + " " + w.esN
	case n == 1:
		return num + " " + w.en1
	}
	return num + " " + w.enN
}

// ruPlural picks the Russian form for n: one (1, 21…), few (2–4, 22–24…),
// many (0, 5–20, 25…).
func ruPlural(n int, one, few, many string) string {
	if n < 0 {
		n = -n
	}
	switch {
	case n%10 == 1 && n%100 != 11:
		return one
	case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return few
	}
	return many
}

// List joins items with the language's list separator and final
// conjunction: "a, b and c" / "a, b y c" / "a, b и c".
func List(lang string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	and := " and "
	switch Normalize(lang) {
	case "es":
		and = " y "
	case "ru":
		and = " и "
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}
