package widget

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/scene"
)

// defaultAt returns a widget on the shipped story at step id.
func defaultAt(t *testing.T, id, lang string, opt Options) (*Widget, *data.Story) {
	t.Helper()
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	i, err := s.FindEvent(id)
	if err != nil {
		t.Fatal(err)
	}
	opt.Event, opt.Lang = i, lang
	w := New(s, world, opt)
	w.Resize(1280, 720, 1)
	return w, s
}

// TestStandingWords reads, in each language, what the map says of Russia on
// 5 January 2020, before it spoke on the Assembly: no statement on this
// question, and where it stood on the presidency, in the legend (a heading
// and the side in the presidency question's words), the tooltip, the text
// alternative and the announcement.
func TestStandingWords(t *testing.T) {
	for _, tc := range []struct {
		lang, head, tipSide, since, group string
	}{
		{"en", "No statement on this question:", "No statement found on this question",
			"Standing position: Backed Maduro, since 23 Jan 2019",
			"No statement found on this question; standing position: Backed Maduro"},
		{"es", "Sin postura sobre esta pregunta:", "Sin postura conocida sobre esta pregunta",
			"Postura vigente: Apoyó a Maduro, desde el 23 ene 2019",
			"Sin postura conocida sobre esta pregunta; postura vigente: Apoyó a Maduro"},
		{"ru", "Без позиции по этому вопросу:", "По этому вопросу позиция не найдена",
			"Текущая позиция: На стороне Мадуро, с 23 янв. 2019",
			"По этому вопросу позиция не найдена; текущая позиция: На стороне Мадуро"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			w, s := defaultAt(t, "2020-01-05", tc.lang, Options{})
			chrome := w.Scene().Layer(scene.LayerChrome)
			if h := findText(chrome, "legend.head"); h == nil || h.S != tc.head {
				t.Errorf("legend heading = %+v, want %q", h, tc.head)
			}
			if l := findText(chrome, "legend.label:standing:maduro"); l == nil || l.S != s.SideLabel("president", "maduro").In(tc.lang, "en") {
				t.Errorf("standing legend label = %+v", l)
			}
			if l := findText(chrome, "legend.label:maduro"); l == nil || l.S != s.SideLabel("assembly2020", "maduro").In(tc.lang, "en") {
				t.Errorf("the Assembly's maduro side is named in its own words: %+v", l)
			}
			// The tooltip, pinned: its side line after the standing
			// position's swatch, the context and the sources (compose's
			// tests read its paragraphs one by one).
			w.Select("RUS")
			ov := w.Scene().Layer(scene.LayerOverlay)
			got := joinedTexts(ov)
			if got["tip.side"] != tc.tipSide || got["tip.since"] != tc.since {
				t.Errorf("tooltip %v, want side %q, since %q", got, tc.tipSide, tc.since)
			}
			if !strings.Contains(got["tip.sources"], "Página/12") {
				t.Errorf("the tooltip cites the standing position's sources: %q", got["tip.sources"])
			}
			if sw, key := rectFill(ov, "tip.swatch"), rectFill(chrome, "legend.swatch:standing:maduro"); sw == nil || key == nil || *sw != *key {
				t.Errorf("the tooltip's swatch %+v is not the legend's standing position %+v", sw, key)
			}
			alt := w.TextAlternative()
			line := ""
			for _, l := range strings.Split(alt, "\n") {
				if strings.HasPrefix(l, tc.group+" (") {
					line = l
				}
			}
			if line == "" || !strings.Contains(line, w.words.Name("RUS")) || strings.Contains(line, w.words.Name("FRA")) {
				t.Errorf("text alternative has no line %q… naming Russia alone of the two:\n%s", tc.group, alt)
			}
			if a := w.words.CountryAnnouncement(w.Event(), "RUS"); !strings.Contains(a, tc.group) {
				t.Errorf("announcement %q", a)
			}
			if !strings.Contains(alt, i18n.F(tc.lang, "correction", i18n.DateLong(tc.lang, s.Corrections[0].Date), s.Corrections[0].Text.In(tc.lang, "en"))) {
				t.Errorf("the text alternative lacks the correction:\n%s", alt)
			}
		})
	}
}

// TestStandingLegendOnlyWhereAsked checks the standing positions' legend
// entries show only at steps whose question takes a context, are counted
// there, and are neither hit nor focused elsewhere.
func TestStandingLegendOnlyWhereAsked(t *testing.T) {
	w, s := defaultAt(t, "2019-01-23", "en", Options{})
	for i, e := range s.Events {
		w.SetEvent(i)
		chrome := w.Scene().Layer(scene.LayerChrome)
		head := findText(chrome, "legend.head")
		entry := findText(chrome, "legend.label:standing:guaido")
		asked := e.Question == "assembly2020"
		if (head != nil) != asked || (entry != nil) != asked {
			t.Errorf("%s: heading %v, entry %v; want both %v", e.ID, head != nil, entry != nil, asked)
		}
		if asked {
			count := findText(chrome, "legend.count:standing:guaido")
			if want := fmt.Sprint(len(filterSide(s.Standing(i), "guaido"))); count == nil || count.S != want {
				t.Errorf("%s: standing count %+v, want %s", e.ID, count, want)
			}
		}
		for _, c := range w.layout().Controls {
			if strings.HasPrefix(c.ID, "legend:standing:") && !asked {
				t.Errorf("%s: control %s laid out on a step without standing positions", e.ID, c.ID)
			}
		}
	}
}

func filterSide(m map[string]data.Stance, side string) []string {
	var out []string
	for code, st := range m {
		if st.Side == side {
			out = append(out, code)
		}
	}
	return out
}

// TestStandingKeepsMap checks that a change of question, which lays the
// legend out again, leaves the map where it was and keeps the reader's
// view and focus.
func TestStandingKeepsMap(t *testing.T) {
	w, s := defaultAt(t, "2019-01-31", "en", Options{})
	w.layout()
	before := w.layout().Map
	w.SetRegion("europe")
	w.layout()
	view := w.View()
	next, _ := s.FindEvent("2020-01-05")
	w.SetEvent(next)
	w.layout()
	if w.layout().Map != before || w.View() != view {
		t.Errorf("map %v view %v after the question changed; was %v %v", w.layout().Map, w.View(), before, view)
	}
	if findText(w.Scene().Layer(scene.LayerChrome), "legend.head") == nil {
		t.Error("no standing heading after the change of question")
	}
}

// TestStandingMapFill checks the map draws a standing position in its
// muted tint, the legend's, on screen and in greyscale print: Russia on 5
// January 2020 stands with Maduro but has said nothing on the Assembly yet.
func TestStandingMapFill(t *testing.T) {
	for _, gray := range []bool{false, true} {
		w, _ := defaultAt(t, "2020-01-05", "en", Options{Grayscale: gray})
		m := w.Scene().Layer(scene.LayerMap)
		chrome := w.Scene().Layer(scene.LayerChrome)
		for code, key := range map[string]string{"RUS": "standing:maduro", "FRA": "standing:guaido", "BRA": "guaido"} {
			want := rectFill(chrome, "legend.swatch:"+key)
			var got *scene.Fill
			for _, it := range m.Items {
				if sh, ok := it.(*scene.Shape); ok && sh.ID == code && sh.Fill != nil {
					got = sh.Fill
				}
			}
			if got == nil || want == nil || *got != *want {
				t.Errorf("gray=%v %s: fill %+v, want the legend's %s %+v", gray, code, got, key, want)
			}
		}
	}
	w, s := defaultAt(t, "2020-01-05", "en", Options{Grayscale: true})
	sc := PrintScene(s, w.world, PrintOptions{Event: w.Event(), Grayscale: true})
	if h := findText(sc.Layer(scene.LayerChrome), "print.legend.head"); h == nil {
		t.Error("the print legend has no heading over the standing positions")
	}
}

// joinedTexts joins the lines of each text id in a layer back into its
// paragraph.
func joinedTexts(l *scene.Layer) map[string]string {
	out := map[string]string{}
	for _, tx := range texts(l) {
		out[tx.ID] = strings.TrimSpace(out[tx.ID] + " " + tx.S)
	}
	return out
}

// rectFill is the fill of the rectangle with id in a layer, or nil.
func rectFill(l *scene.Layer, id string) *scene.Fill {
	for _, it := range l.Items {
		if r, ok := it.(*scene.Rect); ok && r.ID == id {
			return r.Fill
		}
	}
	return nil
}
