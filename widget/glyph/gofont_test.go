package glyph

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// goCuts are the browser's cuts of the Go fonts, with their font files.
var goCuts = []struct {
	file string
	ttf  []byte
}{{"regular.sub", goregular.TTF}, {"bold.sub", gobold.TTF}}

// TestGoSubsetsUpToDate checks that gofont/*.sub are what go generate
// makes now from the Go fonts and GoSubsetRanges.
func TestGoSubsetsUpToDate(t *testing.T) {
	for _, c := range goCuts {
		want, err := GoSubset(c.ttf)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("gofont", c.file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("gofont/%s is stale: run go generate in widget/glyph", c.file)
		}
	}
}

// TestGoSubsetsDrawAsTheFonts checks that the browser's cut gives every
// letter it keeps the advance and outline the font file gives, that it
// keeps every letter of GoSubsetRanges the font has, and that text of
// several scripts measures the same, kerning included.
func TestGoSubsetsDrawAsTheFonts(t *testing.T) {
	texts := []string{
		"AVAWAY Tabla Yves T. Wolf, “Guaidó” — 23 January 2019: 47 governments",
		"Reconocieron a Guaidó; Sí, Perú, Panamá, Ñandú",
		"Признали Гуайдо: 47 правительств, «Мадуро»",
		"Reconheceram Guaidó; São Tomé e Príncipe, Côte d’Ivoire, Œuvre",
		"Ελλάδα, Κύπρος €12 № 5 → ← − ≤ ≥",
	}
	for _, c := range goCuts {
		full, err := Parse(c.ttf)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join("gofont", c.file))
		if err != nil {
			t.Fatal(err)
		}
		cut, err := ParseGenerated(b, nil)
		if err != nil {
			t.Fatal(err)
		}
		kept := 0
		for r := rune(0); r < 0x3000; r++ {
			in := unicode.Is(GoSubsetRanges, r)
			if !full.Has(r) {
				continue
			}
			if !in {
				if cut.Has(r) {
					t.Errorf("%s: %U is kept, outside GoSubsetRanges", c.file, r)
				}
				continue
			}
			if !cut.Has(r) {
				t.Errorf("%s: %U is missing", c.file, r)
				continue
			}
			kept++
			fg, cg := full.segments(r), cut.segments(r)
			if math.Abs(fg.advance-cg.advance) > 1e-9 || !reflect.DeepEqual(fg.segs, cg.segs) {
				t.Errorf("%s: %U differs: advance %v / %v, %d / %d segments", c.file, r, fg.advance, cg.advance, len(fg.segs), len(cg.segs))
			}
		}
		if kept < 500 {
			t.Errorf("%s: only %d letters kept", c.file, kept)
		}
		for _, s := range texts {
			if w1, w2 := full.Width(s, 17), cut.Width(s, 17); math.Abs(w1-w2) > 1e-9 {
				t.Errorf("%s: Width(%q) = %v, the font's %v", c.file, s, w2, w1)
			}
		}
	}
}

// TestParseGeneratedNeedsItsHeader checks that a subset without the
// generator's line is refused rather than read from the wrong byte.
func TestParseGeneratedNeedsItsHeader(t *testing.T) {
	if _, err := ParseGenerated(Face(false).Subset("abc"), nil); err == nil {
		t.Error("a subset without the header line was read")
	}
}
