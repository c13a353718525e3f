package layout

import "math"

// LinePitch is the distance between baselines, as a multiple of the font
// size; it leaves room for the Go fonts' ascent plus descent (about 1.14).
const LinePitch = 1.3

// Para is a paragraph of text to wrap into a column. Its colour is
// compose's to choose, by ID.
type Para struct {
	ID   string
	S    string
	Size float64
	Bold bool
	Gap  float64 // space above, px
}

// Wrapped is a paragraph broken into lines for a width.
type Wrapped struct {
	Para
	Lines []string
}

// TextWidth is the advance width of s at size px, as drawn.
func TextWidth(s string, size float64, bold bool) float64 {
	return measure(bold).width(s, size)
}

// Wrap breaks s into lines no wider than width, as glyph.Font.Wrap does,
// from the widths of words measured before.
func Wrap(s string, size, width float64, bold bool) []string {
	return measure(bold).wrap(s, size, width)
}

// WrapParas breaks each paragraph to width and returns them with the total
// height they take. Empty paragraphs are left out.
func WrapParas(ps []Para, width float64) ([]Wrapped, float64) {
	out := make([]Wrapped, 0, len(ps))
	h := 0.0
	for i, p := range ps {
		if p.S == "" {
			continue
		}
		lines := measure(p.Bold).wrap(p.S, p.Size, width)
		if i > 0 || len(out) > 0 {
			h += p.Gap
		}
		h += float64(len(lines)) * p.Size * LinePitch
		out = append(out, Wrapped{Para: p, Lines: lines})
	}
	return out, h
}

// Sizes are the font sizes for one layout.
type Sizes struct {
	Base, Head, Small, Date float64
}

// fontSizes scales text with the widget: 13 px on phones, growing by 1 px
// per 200 px of the smaller of width and 1.6×height, so 1280×720 gets 16 px
// and a 4K screen at DPR 1 gets 27 px, not phone-sized text.
func fontSizes(w, h float64) Sizes {
	base := round(clamp(13+(math.Min(w, 1.6*h)-600)/200, 13, 30))
	return Sizes{Base: base, Head: round(base * 1.3), Small: round(base * 0.86), Date: round(base * 0.92)}
}
