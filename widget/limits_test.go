package widget

import (
	"strings"
	"testing"
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
)

// TestStoryAtLimitsDraws draws the first frame of a story at the loader's
// limits as the embed does, at a column's width and a phone's. (The layout
// package times laying it out.)
func TestStoryAtLimitsDraws(t *testing.T) {
	_, world := fixture(t)
	codes := make([]string, 0, len(world.Countries))
	for _, c := range world.Countries {
		codes = append(codes, c.Code)
	}
	s, err := data.Load(datatest.Story(datatest.AtLimits(codes)), data.Options{KnownCode: world.Known})
	if err != nil {
		t.Fatal(err)
	}
	w := New(s, world, Options{Lang: "es", Theme: "light", Event: len(s.Events) - 1})
	w.Resize(1000, PreferredHeight(s, world, 1000, "es"), 2)
	if sc := w.Scene(); len(sc.Layers) == 0 {
		t.Fatal("empty scene")
	}
	w.Resize(360, PreferredHeight(s, world, 360, "es"), 3)
	w.SetEvent(0)
	if sc := w.Scene(); len(sc.Layers) == 0 {
		t.Fatal("empty scene at 360 px")
	}
}

// TestLongWordLaysOutQuickly prints a page whose title (mapshot -title is
// not a story field, so no story limit applies) is one word of 300 000
// letters: the wrapper breaks it in one pass.
func TestLongWordLaysOutQuickly(t *testing.T) {
	s, world := fixture(t)
	start := time.Now()
	sc := PrintScene(s, world, PrintOptions{Event: 2, W: 800, H: 600, Title: strings.Repeat("w", 300_000)})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("laying out took %v", d)
	}
	if len(sc.Layers) == 0 {
		t.Fatal("empty scene")
	}
}

// TestTinyFrames checks that a frame of any size from nothing to a
// thumbnail, at two device scales, lays out, composes and takes a pointer
// without a panic (a 1×1 frame panicked wrapping its caption).
func TestTinyFrames(t *testing.T) {
	w := newTest(t, 700, 480, Options{})
	for _, dpr := range []float64{1, 2.5} {
		for x := 0.0; x < 140; x += 6.5 {
			for y := 0.0; y < 140; y += 9.5 {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%v×%v at %v: %v", x, y, dpr, r)
						}
					}()
					w.Resize(x, y, dpr)
					w.Scene()
					w.Handle(Input{Kind: PointerMove, X: x / 2, Y: y / 2})
					w.Scene()
				}()
			}
		}
	}
}
