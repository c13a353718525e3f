package style

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/glyph"
)

// TestGoCutCoversTheShippedText checks that the browser's cut of the Go
// fonts (glyph/gofont) has every letter the built-in story, the UI and
// the country names use in every language: a letter it dropped would
// vanish from the live map, though the posters, drawn from the font
// files, have it.
func TestGoCutCoversTheShippedText(t *testing.T) {
	story, world := datatest.Shipped(t)
	text := Text(story, world)
	for _, name := range []string{"regular.sub", "bold.sub"} {
		b, err := os.ReadFile(filepath.Join("..", "glyph", "gofont", name))
		if err != nil {
			t.Fatal(err)
		}
		cut, err := glyph.ParseGenerated(b, nil)
		if err != nil {
			t.Fatal(err)
		}
		full := glyph.GoFace(name == "bold.sub")
		seen := map[rune]bool{}
		for _, r := range text {
			if seen[r] || !full.Has(r) {
				continue
			}
			seen[r] = true
			if !cut.Has(r) {
				t.Errorf("%s lacks %q (%U)", name, r, r)
			}
		}
		if len(seen) < 150 {
			t.Fatalf("%s: only %d letters checked", name, len(seen))
		}
	}
}
