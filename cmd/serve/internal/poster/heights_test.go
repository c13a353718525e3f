package poster

import (
	"encoding/json"
	"testing"

	"github.com/stancemap/stancemap/widget/layout"
)

// TestExactHeights checks a language's exact table against
// layout.PreferredHeight: at every run's first width and the width before
// it, at the table's ends and at widths between, and that the widths it
// does not cover are said so.
func TestExactHeights(t *testing.T) {
	built(t) // loads story and world
	for _, lang := range []string{"en", "fr"} {
		b, err := HeightsData(story, world, lang)
		if err != nil {
			t.Fatal(err)
		}
		var e ExactHeights
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatal(err)
		}
		if e.From != exactFrom || e.To != exactTo || len(e.Runs) < 10 || e.Runs[0][0] != exactFrom {
			t.Fatalf("%s: table %d–%d with %d runs", lang, e.From, e.To, len(e.Runs))
		}
		widths := []int{exactFrom, exactTo, 333, 390, 704, 961, 1279}
		for i, r := range e.Runs {
			if i > 0 && (r[0] <= e.Runs[i-1][0] || r[1] == e.Runs[i-1][1]) {
				t.Errorf("%s: run %d %v after %v", lang, i, r, e.Runs[i-1])
			}
			widths = append(widths, r[0], r[0]-1)
		}
		for _, w := range widths {
			got, ok := heightAt(e, w)
			if w < exactFrom {
				if ok {
					t.Errorf("%s: the table answers for %d px", lang, w)
				}
				continue
			}
			if want := int(layout.PreferredHeight(story, world, float64(w), lang)); !ok || got != want {
				t.Errorf("%s: %d px: table %d (%v), PreferredHeight %d", lang, w, got, ok, want)
			}
		}
		if _, ok := heightAt(e, exactTo+1); ok {
			t.Errorf("%s: the table answers past its end", lang)
		}
		t.Logf("%s: %d runs, %d bytes", lang, len(e.Runs), len(b))
	}
}

// heightAt reads the table as the page does (embed.html's exactFor): the
// height at width w, and whether the table covers it.
func heightAt(e ExactHeights, w int) (int, bool) {
	if w < e.From || w > e.To || len(e.Runs) == 0 {
		return 0, false
	}
	h := e.Runs[0][1]
	for _, r := range e.Runs {
		if r[0] > w {
			break
		}
		h = r[1]
	}
	return h, true
}
