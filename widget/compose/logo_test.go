package compose

import (
	"testing"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

// The logo sits in the foot, inside the margins, clear of the map and of
// every line of text, at every page shape.
func TestPrintLogoClearOfMapAndText(t *testing.T) {
	s, world := fixture(t)
	for _, c := range []struct {
		w, h   float64
		aspect int // the logo's width per unit of height
	}{{1123, 794, 3}, {794, 1123, 3}, {1200, 675, 8}, {600, 600, 1}} {
		sc := Print(s, world, PrintOptions{Event: 1, Lang: "es", W: c.w, H: c.h, Logo: &Logo{PNG: []byte{1}, W: 30 * c.aspect, H: 30}})
		var logo *scene.Image
		var texts []*scene.Text
		for _, l := range sc.Layers {
			for _, it := range l.Items {
				switch v := it.(type) {
				case *scene.Image:
					logo = v
				case *scene.Text:
					texts = append(texts, v)
				}
			}
		}
		if logo == nil {
			t.Fatalf("%v×%v: no logo", c.w, c.h)
		}
		box := layout.Rect{X: logo.X, Y: logo.Y, W: logo.W, H: logo.H}
		if box.X < 0 || box.Y < 0 || box.X+box.W > c.w || box.Y+box.H > c.h {
			t.Errorf("%v×%v: logo %+v off the page", c.w, c.h, box)
		}
		if r := float64(c.aspect) * logo.H; r < logo.W-1 || r > logo.W+1 {
			t.Errorf("%v×%v: logo %v×%v lost its aspect %d:1", c.w, c.h, logo.W, logo.H, c.aspect)
		}
		clip := sc.Layer(scene.LayerMap).Clip
		if overlaps(box, layout.Rect{X: clip.X, Y: clip.Y, W: clip.W, H: clip.H}) {
			t.Errorf("%v×%v: logo %+v over the map %+v", c.w, c.h, box, *clip)
		}
		for _, tx := range texts {
			asc, desc, _ := glyph.Face(tx.Bold).Metrics(tx.Size)
			tb := layout.Rect{X: tx.X, Y: tx.Y - asc, W: glyph.Face(tx.Bold).Width(tx.S, tx.Size), H: asc + desc}
			if tx.Align != scene.AlignLeft {
				continue // centred labels are on the map
			}
			if overlaps(box, tb) {
				t.Errorf("%v×%v: logo %+v over the text %q %+v", c.w, c.h, box, tx.S, tb)
			}
		}
	}
}

func overlaps(a, b layout.Rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}
