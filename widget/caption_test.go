package widget

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
	colHeight := func(ws []wrapped) float64 {
		v := 0.0
		for i, p := range ws {
			if i > 0 {
				v += p.gap
			}
			v += float64(len(p.lines)) * p.size * linePitch
		}
		return v
	}
	for _, size := range [][2]float64{{1600, 700}, {700, 900}, {360, 640}} {
		w := newTest(t, size[0], size[1], Options{})
		l := w.computeLayout()
		for _, cols := range []int{1, 2} {
			ll := *l
			ll.captionCols = cols
			for i := range w.story.Events {
				ct := w.wrapCaption(i, &ll)
				short := false
				for _, p := range ct.paras {
					short = short || p.id == "caption.changes3"
				}
				for level := levelFull; level < levelCount; level++ {
					var shown []wrapped
					for _, p := range ct.paras {
						if inLevel(p.id, level, short) {
							shown = append(shown, p)
						}
					}
					got, h := ct.at(level)
					if len(got[0])+len(got[1]) != len(shown) {
						t.Fatalf("%v cols %d step %d level %d: %d+%d paragraphs, want %d", size, cols, i, level, len(got[0]), len(got[1]), len(shown))
					}
					for j, p := range append(append([]wrapped(nil), got[0]...), got[1]...) {
						if p.id != shown[j].id {
							t.Fatalf("%v cols %d step %d level %d: paragraph %d is %s, want %s", size, cols, i, level, j, p.id, shown[j].id)
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
