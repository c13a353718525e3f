package compose

import (
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

func TestGrayscaleFills(t *testing.T) {
	s, _ := fixture(t)
	pal := newPalette(s, theme.Light(), true, 1)
	seen := map[scene.PatternKind]bool{}
	tones := map[uint8]bool{}
	for id, f := range pal.sides {
		if f.Color.R != f.Color.G || f.Color.G != f.Color.B {
			t.Errorf("%s fill %v is not grey", id, f.Color)
		}
		tones[f.Color.R] = true
		seen[f.Pattern.Kind] = true
	}
	if len(tones) != len(pal.sides) {
		t.Errorf("greys not distinct: %v", tones)
	}
	if len(seen) != len(pal.sides) {
		t.Errorf("patterns not distinct: %v", seen)
	}
}

// singleHatch reports whether a pattern is lines in one direction: two such
// patterns differ only by the slant of their lines, which a reader of a
// small black-and-white print cannot tell apart.
func singleHatch(k scene.PatternKind) bool {
	return k == scene.PatternHatch || k == scene.PatternBackHatch
}

// TestGrayscaleDefaultLegible checks the shipped story in black and white:
// sides differ in tone and texture, the "uncertain" hatch is the only
// one-direction hatch on the page, and no data is untextured paper, apart
// from every side.
func TestGrayscaleDefaultLegible(t *testing.T) {
	story, _ := fixture(t)
	pal := newPalette(story, theme.Light(), true, 1)
	hatches := 0
	if singleHatch(pal.uncertainKey(1).Pattern.Kind) {
		hatches++
	}
	for _, s := range story.Sides {
		f := pal.sides[s.ID]
		if singleHatch(f.Pattern.Kind) {
			hatches++
		}
		if d := int(pal.nodata.Color.R) - int(f.Color.R); d < 25 && d > -25 {
			t.Errorf("no data grey %d is within 25 levels of %s's grey %d", pal.nodata.Color.R, s.ID, f.Color.R)
		}
	}
	if hatches > 1 {
		t.Errorf("%d one-direction hatches among the sides and the uncertain key; readers can't tell them apart in print", hatches)
	}
	if pal.nodata.Pattern.Kind != scene.PatternNone {
		t.Errorf("no data has pattern %v in greyscale, want none", pal.nodata.Pattern.Kind)
	}
}

// TestStandingFills checks a standing position is drawn apart from its
// side, from no data and from other standing positions, in colour and in
// greyscale, in both themes: print and greyscale must tell them apart too.
func TestStandingFills(t *testing.T) {
	s, _ := fixture(t)
	for _, gray := range []bool{false, true} {
		for _, name := range []string{"light", "dark"} {
			p := newPalette(s, theme.ByName(name), gray, 1)
			seen := map[scene.Fill]string{p.nodata: "nodata"}
			for _, d := range s.Sides {
				seen[p.sides[d.ID]] = d.ID
			}
			for _, d := range s.Sides {
				f := p.standingFill(d.ID)
				if other, dup := seen[f]; dup {
					t.Errorf("%s gray=%v: standing %s is drawn like %s", name, gray, d.ID, other)
				}
				seen[f] = "standing:" + d.ID
				if gray && theme.Luminance(f.Color) <= theme.Luminance(p.sides[d.ID].Color) {
					t.Errorf("%s: standing %s is not lighter than its side", name, d.ID)
				}
			}
		}
	}
}
