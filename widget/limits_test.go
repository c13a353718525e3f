package widget

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
)

// TestStoryAtLimitsLaysOutQuickly loads a story at the loader's limits
// (every step, every atlas country, the longest headlines and summaries,
// twelve languages) and lays it out as the embed does when it starts: the
// preferred height at the frame's width, then the first frame's scene. That
// takes under a second natively (about 0.5 s here; the best of three runs
// from cold caches counts, so that other packages' tests running at the
// same time do not decide it); a phone's width, and the first step, still
// lay out.
func TestStoryAtLimitsLaysOutQuickly(t *testing.T) {
	_, world := fixture(t)
	codes := make([]string, 0, len(world.Countries))
	for _, c := range world.Countries {
		codes = append(codes, c.Code)
	}
	b := datatest.Story(datatest.AtLimits(codes))
	var s *data.Story
	var w *Widget
	best := time.Duration(math.MaxInt64)
	for range 3 {
		for _, m := range measurers {
			m.mu.Lock()
			clear(m.words)
			clear(m.kerns)
			clear(m.texts)
			m.held = 0
			m.mu.Unlock()
		}
		start := time.Now()
		var err error
		if s, err = data.Load(b, data.Options{KnownCode: world.Known}); err != nil {
			t.Fatal(err)
		}
		w = New(s, world, Options{Lang: "es", Theme: "light", Event: len(s.Events) - 1})
		w.Resize(1000, PreferredHeight(s, world, 1000, "es"), 2)
		if sc := w.Scene(); len(sc.Layers) == 0 {
			t.Fatal("empty scene")
		}
		best = min(best, time.Since(start))
	}
	if best > time.Second {
		t.Errorf("loading and laying out took %v; want under 1 s", best)
	} else {
		t.Logf("%d events × %d countries: loaded and laid out in %v", len(s.Events), len(s.Countries), best)
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
