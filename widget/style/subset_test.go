package style

import (
	"math"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/glyph/glyphtest"
	"golang.org/x/image/font/gofont/gomono"
)

// A font cut to the story's letters measures and draws every line of the
// story, the UI and the country names exactly as the whole font does,
// borrowed letters included, and is much smaller than the font file.
func TestSubsetSetsTheStoryLikeTheFont(t *testing.T) {
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	text := Text(story(t), world)
	ascii, err := glyphtest.ASCIIOnly(gomono.TTF)
	if err != nil {
		t.Fatal(err)
	}
	for name, ttf := range map[string][]byte{"Go Mono": gomono.TTF, "Go Mono, ASCII only": ascii} {
		full, err := glyph.ParseWithFallback(ttf, glyph.GoFace(false))
		if err != nil {
			t.Fatal(err)
		}
		b := full.Subset(text)
		sub, err := glyph.ParseSubset(b, glyph.GoFace(false))
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > len(gomono.TTF)/2 {
			t.Errorf("%s: subset %d bytes, the font %d", name, len(b), len(gomono.TTF))
		}
		if sub.Family() != "Go Mono" {
			t.Errorf("%s: family %q", name, sub.Family())
		}
		a1, d1, g1 := full.Metrics(20)
		a2, d2, g2 := sub.Metrics(20)
		if a1 != a2 || d1 != d2 || g1 != g2 {
			t.Errorf("%s: metrics %v %v %v, want %v %v %v", name, a2, d2, g2, a1, d1, g1)
		}
		for _, line := range strings.Split(text, "\n") {
			if w1, w2 := full.Width(line, 17), sub.Width(line, 17); math.Abs(w1-w2) > 1e-9 {
				t.Fatalf("%s: Width(%q) = %v, want %v", name, line, w2, w1)
			}
			p1, p2 := full.Outline(line, 17, 3, 40, 0), sub.Outline(line, 17, 3, 40, 0)
			if len(p1) != len(p2) {
				t.Fatalf("%s: Outline(%q): %d rings, want %d", name, line, len(p2), len(p1))
			}
			for i := range p1 {
				if len(p1[i]) != len(p2[i]) {
					t.Fatalf("%s: Outline(%q) ring %d: %d points, want %d", name, line, i, len(p2[i]), len(p1[i]))
				}
				for j := range p1[i] {
					if math.Abs(p1[i][j].X-p2[i][j].X) > 1e-9 || math.Abs(p1[i][j].Y-p2[i][j].Y) > 1e-9 {
						t.Fatalf("%s: Outline(%q) point %d.%d: %v, want %v", name, line, i, j, p2[i][j], p1[i][j])
					}
				}
			}
		}
		// A letter outside the story comes from the fallback.
		if !sub.Has('ß') || sub.Own("ß") {
			t.Errorf("%s: ß should be borrowed from Go Regular", name)
		}
	}
	if _, err := glyph.ParseSubset([]byte("SMG2\x80"), nil); err == nil {
		t.Error("a truncated subset parsed")
	}
}
