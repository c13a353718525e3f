package data

import (
	"fmt"
	"testing"
)

// luminance is the Rec. 601 grey level of "#rrggbb".
func luminance(hex string) float64 {
	var r, g, b int
	fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b)
	return 0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)
}

// TestDefaultSidesGreyscale checks the side colours stay apart in greyscale
// (light and dark themes) and that patterns differ, for print.
func TestDefaultSidesGreyscale(t *testing.T) {
	s := loadDefault(t)
	patterns := map[string]bool{}
	for i, a := range s.Sides {
		patterns[a.Pattern] = true
		for _, b := range s.Sides[i+1:] {
			for _, pair := range [][2]string{{a.Color, b.Color}, {a.ColorDark, b.ColorDark}} {
				if d := luminance(pair[0]) - luminance(pair[1]); d < 25 && d > -25 {
					t.Errorf("%s %s vs %s %s: grey levels only %.0f apart", a.ID, pair[0], b.ID, pair[1], d)
				}
			}
		}
	}
	if len(patterns) != len(s.Sides) {
		t.Errorf("sides share patterns: %v", patterns)
	}
}
