package layout

import (
	"math"
	"testing"
)

// TestCaptionSplitIsBalanced checks captionText.at against a plain
// reference for every step and level of the default story, in one and two
// columns: the paragraphs a level shows, in order and whole; the height is
// the taller column's; no other break gives a shorter one; and height()
// agrees with at().
func TestCaptionSplitIsBalanced(t *testing.T) {
	s, _ := fixture(t)
	colHeight := func(ws []Wrapped) float64 {
		v := 0.0
		for i, p := range ws {
			if i > 0 {
				v += p.Gap
			}
			v += float64(len(p.Lines)) * p.Size * LinePitch
		}
		return v
	}
	for _, size := range [][2]float64{{1600, 700}, {700, 900}, {360, 640}} {
		p := planner(t, s, "en")
		l := p.Plan(size[0], size[1], 1, s.Events[0].Question)
		for _, cols := range []int{1, 2} {
			ll := *l
			ll.CaptionCols = cols
			for i := range s.Events {
				ct := p.wrapCaption(i, &ll)
				short := false
				for _, p := range ct.paras {
					short = short || p.ID == "caption.changes3"
				}
				for level := LevelFull; level < levelCount; level++ {
					var shown []Wrapped
					for _, p := range ct.paras {
						if inLevel(p.ID, level, short) {
							shown = append(shown, p)
						}
					}
					got, h := ct.at(level)
					if len(got[0])+len(got[1]) != len(shown) {
						t.Fatalf("%v cols %d step %d level %d: %d+%d paragraphs, want %d", size, cols, i, level, len(got[0]), len(got[1]), len(shown))
					}
					for j, p := range append(append([]Wrapped(nil), got[0]...), got[1]...) {
						if p.ID != shown[j].ID {
							t.Fatalf("%v cols %d step %d level %d: paragraph %d is %s, want %s", size, cols, i, level, j, p.ID, shown[j].ID)
						}
					}
					if want := math.Max(colHeight(got[0]), colHeight(got[1])); math.Abs(h-want) > 1e-9 {
						t.Errorf("%v cols %d step %d level %d: height %v, columns measure %v", size, cols, i, level, h, want)
					}
					if ct.cols == 2 && len(shown) >= 3 {
						if len(got[0]) < 2 {
							t.Errorf("%v step %d level %d: break before the headline", size, i, level)
						}
						for k := 2; k < len(shown); k++ {
							if v := math.Max(colHeight(shown[:k]), colHeight(shown[k:])); v < h-1e-9 {
								t.Errorf("%v step %d level %d: a break after %d gives %v < %v", size, i, level, k, v, h)
							}
						}
					} else if len(got[1]) != 0 {
						t.Errorf("%v cols %d step %d level %d: a second column in one-column mode", size, cols, i, level)
					}
					if hh := ct.height(level); hh != h {
						t.Errorf("%v cols %d step %d level %d: height() %v, at() %v", size, cols, i, level, hh, h)
					}
				}
			}
		}
	}
}
