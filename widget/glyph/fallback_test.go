package glyph

import (
	"math"
	"testing"

	"github.com/stancemap/stancemap/widget/glyph/glyphtest"
	"golang.org/x/image/font/gofont/gomono"
)

func asciiOnly(t *testing.T, ttf []byte) []byte {
	t.Helper()
	b, err := glyphtest.ASCIIOnly(ttf)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFallbackLendsMissingGlyphs(t *testing.T) {
	ascii := asciiOnly(t, gomono.TTF)
	bare, err := Parse(ascii)
	if err != nil {
		t.Fatal(err)
	}
	if bare.Has('Р') || !bare.Has('R') {
		t.Fatalf("test font: Has(Р) = %v, Has(R) = %v; want an ASCII-only font", bare.Has('Р'), bare.Has('R'))
	}
	goR := GoFace(false)
	f, err := ParseWithFallback(ascii, goR)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(f.Missing("Россия, Guaidó!")); got != "Росияó" {
		t.Errorf("Missing = %q, want each rune once: %q", got, "Росияó")
	}
	if !f.Has('Р') || f.Own("Россия") || !f.Own("Maduro") {
		t.Errorf("Has(Р) = %v, Own(Россия) = %v, Own(Maduro) = %v; want true, false, true", f.Has('Р'), f.Own("Россия"), f.Own("Maduro"))
	}
	// A borrowed glyph is as wide as in the fallback, at the same size.
	if a, b := f.Width("Р", 20), goR.Width("Р", 20); math.Abs(a-b) > 1e-9 {
		t.Errorf("borrowed width %v, fallback's %v", a, b)
	}
	// Its outline is the fallback's, point for point.
	a, b := f.Outline("Р", 20, 5, 30, 0), goR.Outline("Р", 20, 5, 30, 0)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("borrowed outline has %d rings, fallback's %d", len(a), len(b))
	}
	for i := range a {
		for j := range a[i] {
			if math.Abs(a[i][j].X-b[i][j].X) > 1e-9 || math.Abs(a[i][j].Y-b[i][j].Y) > 1e-9 {
				t.Fatalf("ring %d point %d: %v, want %v", i, j, a[i][j], b[i][j])
			}
		}
	}
	// Its own letters stay its own: Go Mono's, not Go Regular's.
	mono, _ := Parse(gomono.TTF)
	if a, b := f.Width("Maduro", 20), mono.Width("Maduro", 20); a != b {
		t.Errorf("own width %v, Go Mono's %v", a, b)
	}
}

func TestInstallChangesFaceAndRestores(t *testing.T) {
	mono, err := Parse(gomono.TTF)
	if err != nil {
		t.Fatal(err)
	}
	restore := Install(mono, nil)
	if Face(false) != mono || Face(true) != GoFace(true) {
		t.Error("Install(mono, nil): Face(false) is not mono, or Face(true) is not Go Bold")
	}
	restore()
	if Face(false) != GoFace(false) {
		t.Error("restore did not bring back Go Regular")
	}
}
