package layout

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
