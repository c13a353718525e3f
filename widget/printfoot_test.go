package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

// footLines joins each foot paragraph's lines back into its text.
func footLines(l *scene.Layer) map[string]string {
	out := map[string]string{}
	for _, tx := range texts(l) {
		if tx.ID == "print.sources" || tx.ID == "print.credit" {
			out[tx.ID] = strings.TrimSpace(out[tx.ID] + " " + tx.S)
		}
	}
	return out
}

// TestPrintFoot checks the print foot of the shipped story: one line of
// this step's sources, one credit line, and the two do not open alike (they
// both said "Sources:", which read as one list given twice).
func TestPrintFoot(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "es", "ru"} {
		for i := range s.Events {
			sc := PrintScene(s, world, PrintOptions{Event: i, Lang: lang})
			foot := footLines(sc.Layer(scene.LayerChrome))
			src, credit := foot["print.sources"], foot["print.credit"]
			if src == "" || credit == "" {
				t.Fatalf("%s step %d: foot %q", lang, i, foot)
			}
			first := func(s string) string { w, _, _ := strings.Cut(s, " "); return strings.Trim(w, ":") }
			if first(src) == first(credit) {
				t.Errorf("%s step %d: both foot lines open with %q:\n  %s\n  %s", lang, i, first(src), src, credit)
			}
			// The credit, then when the story was last corrected.
			d, _ := s.Updated()
			if want := s.Credit.In(lang, s.Lang) + " · " + i18n.F(lang, "updated", i18n.Date(lang, d)); credit != want {
				t.Errorf("%s step %d: credit %q, want %q", lang, i, credit, want)
			}
		}
	}
}

// TestPrintFootWraps checks a long credit override on a small page wraps
// onto lines that all stay on the page, below the map, with no word lost.
func TestPrintFootWraps(t *testing.T) {
	s, world := fixture(t)
	credit := "Graphic: Test Desk. " + strings.Repeat("A long credit line that names everyone who helped. ", 8)
	credit = strings.TrimSpace(credit)
	for _, size := range [][2]float64{{600, 400}, {400, 600}, {a4W, a4H}} {
		sc := PrintScene(s, world, PrintOptions{Event: 3, W: size[0], H: size[1], Credit: credit})
		chrome := sc.Layer(scene.LayerChrome)
		checkPrintText(t, chrome, layout.Rect{X: 0, Y: 0, W: sc.W, H: sc.H})
		if got := footLines(chrome)["print.credit"]; got != credit {
			t.Errorf("%v: credit printed as %q", size, got)
		}
		clip := sc.Layer(scene.LayerMap).Clip
		n := 0
		for _, tx := range texts(chrome) {
			if tx.ID != "print.credit" && tx.ID != "print.sources" {
				continue
			}
			n++
			if b := textBox(tx); b.Y < clip.Y+clip.H {
				t.Errorf("%v: foot line %q at y %.1f overlaps the map (bottom %.1f)", size, tx.S, b.Y, clip.Y+clip.H)
			}
		}
		if n < 3 {
			t.Errorf("%v: long credit on %d lines, want it wrapped", size, n)
		}
	}
}
