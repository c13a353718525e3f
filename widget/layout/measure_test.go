package layout

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/glyph"
)

// TestWrapMatchesGlyph checks the cached wrap against glyph's own on every
// caption text of the default story, in each language, at widths from a
// phone column to a wide one, and on words too long for a line.
func TestWrapMatchesGlyph(t *testing.T) {
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	var txts []string
	for _, e := range s.Events {
		for _, lang := range []string{"en", "es", "ru"} {
			txts = append(txts, e.Headline[lang], e.Summary[lang])
		}
	}
	txts = append(txts, "", "a\nb  c", "Supercalifragilisticexpialidocious words", "  leading and trailing  ")
	for _, bold := range []bool{false, true} {
		for _, width := range []float64{40, 150, 293, 370, 559} {
			for _, txt := range txts {
				got := measure(bold).wrap(txt, 14, width)
				want := glyph.Face(bold).Wrap(txt, 14, width)
				if !slices.Equal(got, want) {
					t.Errorf("bold %v width %v %q:\n got %q\nwant %q", bold, width, txt, got, want)
				}
			}
		}
	}
	for _, txt := range txts {
		if got, want := TextWidth(txt, 13, false), glyph.Face(false).Width(txt, 13); fmt.Sprintf("%.6f", got) != fmt.Sprintf("%.6f", want) {
			t.Errorf("width %q = %v, want %v", txt, got, want)
		}
	}
}

// TestWrapNoWidth checks the cached wrap at no width and less, as a frame
// a few pixels wide asks for: it made a slice of negative capacity and
// panicked. It must wrap as glyph does.
func TestWrapNoWidth(t *testing.T) {
	for _, width := range []float64{0, -35.5, 0.001} {
		txt := "Maduro is sworn in"
		got := measure(false).wrap(txt, 14, width)
		if want := glyph.Face(false).Wrap(txt, 14, width); !slices.Equal(got, want) {
			t.Errorf("width %v: got %q, want %q", width, got, want)
		}
	}
}

func BenchmarkWrapCaption(b *testing.B) {
	s, err := datatest.Default()
	if err != nil {
		b.Fatal(err)
	}
	txt := s.Questions[0].Text["en"]
	for b.Loop() {
		measure(false).wrap(txt, 14, 370)
	}
}
