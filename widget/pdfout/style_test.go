package pdfout

import (
	"bytes"
	"compress/zlib"
	"image/color"
	"io"
	"testing"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/glyph/glyphtest"
	"github.com/stancemap/stancemap/widget/scene"
	"golang.org/x/image/font/gofont/gomono"
)

// pageContent returns the page's content streams, inflated.
func pageContent(t *testing.T, pdf []byte) []byte {
	t.Helper()
	var out []byte
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		body, err := io.ReadAll(r)
		if err == nil && bytes.Contains(body, []byte(" re")) {
			out = append(out, body...)
		}
	}
	return out
}

// A style's font that lacks letters borrows them from the Go font, which
// the embedded font file does not hold: a line with such letters is drawn
// as outlines, a line without them stays text.
func TestBorrowedLettersAreOutlined(t *testing.T) {
	ascii, err := glyphtest.ASCIIOnly(gomono.TTF)
	if err != nil {
		t.Fatal(err)
	}
	f, err := glyph.ParseWithFallback(ascii, glyph.GoFace(false))
	if err != nil {
		t.Fatal(err)
	}
	defer glyph.Install(f, f)()
	ink := color.NRGBA{0x20, 0x20, 0x20, 0xff}
	s := &scene.Scene{W: 400, H: 200, Background: color.NRGBA{0xff, 0xff, 0xff, 0xff}, Layers: []scene.Layer{{Name: "chrome", Items: []scene.Item{
		&scene.Text{X: 20, Y: 60, S: "Maduro", Size: 24, Color: ink},
		&scene.Text{X: 20, Y: 120, S: "Россия", Size: 24, Color: ink},
	}}}}
	body := pageContent(t, write(t, s, Options{}))
	if n := bytes.Count(body, []byte(" Tj")); n != 1 {
		t.Errorf("%d text operators, want 1 (the Latin line; the Cyrillic one outlined)", n)
	}
	img := render(t, write(t, s, Options{}), "72") // 0.75 px a scene px
	dark := 0
	for y := 70; y < 92; y++ {
		for x := 12; x < 120; x++ {
			if near(img.At(x, y), ink, 90) {
				dark++
			}
		}
	}
	if dark < 100 {
		t.Errorf("the Cyrillic line has %d dark pixels, want it drawn", dark)
	}
}

func TestEmbeddable(t *testing.T) {
	if !trueTypeWithCmap4(glyph.GoFace(false).TTF()) || !trueTypeWithCmap4(gomono.TTF) {
		t.Error("the Go fonts should be embeddable")
	}
	cff := append([]byte("OTTO"), gomono.TTF[4:]...)
	for name, b := range map[string][]byte{"CFF": cff, "empty": nil, "truncated": gomono.TTF[:40]} {
		if trueTypeWithCmap4(b) {
			t.Errorf("%s font called embeddable", name)
		}
	}
}
