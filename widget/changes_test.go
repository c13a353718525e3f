package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/scene"
)

// TestDefaultStoryChanges reads the "what changed" lines of the shipped
// story: governments coming on record are summed up, not listed as
// switches, and the real switches a year on (measured against the last
// presidency map) come first and alone are outlined.
func TestDefaultStoryChanges(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	at := func(id string) int {
		i, err := s.FindEvent(id)
		if err != nil {
			t.Fatal(err)
		}
		return i
	}
	tests := []struct {
		step     int
		lang     string
		want     string // the changes line starts with it
		outlined []string
		none     bool // no outline at all
	}{
		{at("2019-01-10"), "en", "Newly on record since 4 Jan 2019: 54 governments.", nil, true},
		{at("2019-01-26"), "en", "Newly on record since 24 Jan 2019: ", nil, true},
		// The sides are named in the presidency question's words.
		{at("a-year-on"), "en", "Switched sides since 31 Jan 2019 (the last map of this question): Argentina: Recognised Guaidó → Neutral; " +
			"Bolivia and El Salvador: Backed Maduro → Recognised Guaidó; 25 governments: Neutral → Recognised Guaidó. Newly on record: 9 governments.",
			[]string{"ARG", "BOL", "SLV", "FRA"}, false},
		{at("a-year-on"), "es", "Cambiaron de bando desde el 31 ene 2019 (último mapa de esta pregunta): Argentina: Reconoció a Guaidó → Neutral; ", nil, false},
		{at("2020-01-09"), "ru", "Новые позиции с 7 янв. 2020: 28 правительств.", nil, true},
		{at("2020-01-05"), "en", "", nil, true},
	}
	for _, tt := range tests {
		w := New(s, world, Options{Event: tt.step, Lang: tt.lang})
		w.Resize(1280, 720, 1)
		got := w.words.Changes(tt.step, 8)
		if !strings.HasPrefix(got, tt.want) || (tt.want == "") != (got == "") {
			t.Errorf("%s %s: changes %q, want %q…", s.Events[tt.step].ID, tt.lang, got, tt.want)
		}
		if !strings.Contains(w.TextAlternative(), got) {
			t.Errorf("%s: the text alternative lacks the changes", s.Events[tt.step].ID)
		}
		outlined := map[string]bool{}
		for _, it := range w.Scene().Layer(scene.LayerMap).Items {
			if sh, ok := it.(*scene.Shape); ok && strings.HasPrefix(sh.ID, "changed:") {
				outlined[strings.TrimPrefix(sh.ID, "changed:")] = true
			}
		}
		for _, code := range tt.outlined {
			if !outlined[code] {
				t.Errorf("%s: %s switched but is not outlined", s.Events[tt.step].ID, code)
			}
		}
		if tt.none && len(outlined) > 0 {
			t.Errorf("%s: outlined %v, but no government switched", s.Events[tt.step].ID, outlined)
		}
	}
}

// TestSwitchOutlineWidth checks a few switches get a bold outline and a
// bloc of them a finer one, so Europe a year on is not one black blot.
func TestSwitchOutlineWidth(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	width := func(st *data.Story, step int, code string) float64 {
		w := New(st, world, Options{Event: step})
		w.Resize(1280, 720, 1)
		for _, it := range w.Scene().Layer(scene.LayerMap).Items {
			if sh, ok := it.(*scene.Shape); ok && sh.ID == "changed:"+code {
				return sh.Stroke.Width
			}
		}
		return 0
	}
	yearOn, _ := s.FindEvent("a-year-on")
	few, _ := fixture(t)
	if bloc, one := width(s, yearOn, "BOL"), width(few, 3, "TUR"); !(bloc > 0 && one > bloc) {
		t.Errorf("outline widths: %d switches %.1f, 2 switches %.1f", len(s.BaselineChanges(yearOn)), bloc, one)
	}
}

func TestCaptionChanges(t *testing.T) {
	tests := []struct {
		step int
		id   string
		want string
	}{
		{2, "caption.question", "New question. The colours now show: Whom did the government recognise as president?"},
		{3, "caption.changes", "Switched sides since 23 Jan 2019: China and Türkiye: Neutral → Backed Maduro. Newly on record: Haiti (Backed Guaidó)."},
		{4, "caption.changes", "No change since 24 Jan 2019."},
		{5, "caption.changes", "Australia and Israel: Neutral → Backed Guaidó"},
	}
	for _, tt := range tests {
		// Map first: the caption shows a line of what changed; the whole
		// of it opens over the map with More (the first control).
		w := newTest(t, 1920, 1080, Options{Event: tt.step})
		key(w, KeyTab)
		key(w, KeyEnter)
		var all []string
		for _, txt := range texts(w.Scene().Layer(scene.LayerOverlay)) {
			if txt.ID == tt.id {
				all = append(all, txt.S)
			}
		}
		if got := strings.Join(all, " "); !strings.Contains(got, tt.want) {
			t.Errorf("step %d %s %q, want %q", tt.step, tt.id, got, tt.want)
		}
	}
	// Switched countries are outlined on the map; one newly on record is not.
	w := newTest(t, 1920, 1080, Options{Event: 3})
	outlined := map[string]bool{}
	for _, it := range w.Scene().Layer(scene.LayerMap).Items {
		if s, ok := it.(*scene.Shape); ok && strings.HasPrefix(s.ID, "changed:") {
			outlined[strings.TrimPrefix(s.ID, "changed:")] = true
		}
	}
	if !outlined["TUR"] || !outlined["CHN"] || outlined["HTI"] || len(outlined) != 2 {
		t.Errorf("outlined %v, want Türkiye and China only (Haiti is new on record, not a switch)", outlined)
	}
	if a := w.Announcement(); !strings.Contains(a, "Switched sides since 23 Jan 2019") {
		t.Errorf("announcement lacks the switches: %q", a)
	}
}
