package pdfout

import (
	"math"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/widget/scene"
)

// pattern draws the lines or dots of pat over the box (logical px), inside
// a clip that begin sets up and end removes. The operators are written raw
// between q and Q, so fpdf's idea of the graphics state stays true. Lines
// and dots are anchored at the scene origin, like the other backends.
func (p *page) pattern(pat scene.Pattern, minX, minY, maxX, maxY float64, begin, end func()) {
	if pat.Kind == scene.PatternNone || pat.Color.A == 0 || !(pat.Spacing > 0) || !(pat.Width > 0) {
		return
	}
	// Bound the work for absurd inputs: at most about 20 000 marks.
	if (maxX-minX)*(maxY-minY)/(pat.Spacing*pat.Spacing) > 20000 {
		return
	}
	begin()
	p.pdf.RawWriteStr("q")
	if pat.Color.A != 255 {
		p.pdf.SetAlpha(float64(pat.Color.A)/255, "Normal") // undone by Q
	}
	var b strings.Builder
	c := pat.Color
	rgb := num(float64(c.R)/255) + " " + num(float64(c.G)/255) + " " + num(float64(c.B)/255)
	T := pat.Spacing * math.Sqrt2
	line := func(x1, y1, x2, y2 float64) {
		b.WriteString(num(p.ox+x1*p.k) + " " + num(p.ph-(p.oy+y1*p.k)) + " m " +
			num(p.ox+x2*p.k) + " " + num(p.ph-(p.oy+y2*p.k)) + " l\n")
	}
	switch pat.Kind {
	case scene.PatternHatch, scene.PatternBackHatch, scene.PatternCross:
		b.WriteString(rgb + " RG " + num(pat.Width*p.k) + " w [] 0 d 0 J\n")
		if pat.Kind != scene.PatternBackHatch { // x + y = n·T
			for n := math.Floor((minX + minY) / T); n*T <= maxX+maxY; n++ {
				line(n*T-minY, minY, n*T-maxY, maxY)
			}
		}
		if pat.Kind != scene.PatternHatch { // x − y = n·T
			for n := math.Floor((minX - maxY) / T); n*T <= maxX-minY; n++ {
				line(n*T+minY, minY, n*T+maxY, maxY)
			}
		}
		b.WriteString("S\n")
	case scene.PatternDots:
		// A zero-length line with round caps is a filled circle, at a
		// tenth of the bytes of four Bézier arcs.
		b.WriteString(rgb + " RG " + num(pat.Width*p.k) + " w [] 0 d 1 J\n")
		r, s := pat.Width/2, pat.Spacing
		for j := math.Floor((minY - r) / s); j*s <= maxY+r; j++ {
			for i := math.Floor((minX - r) / s); i*s <= maxX+r; i++ {
				x, y := num(p.ox+i*s*p.k), num(p.ph-(p.oy+j*s*p.k))
				b.WriteString(x + " " + y + " m " + x + " " + y + " l\n")
			}
		}
		b.WriteString("S\n")
	}
	b.WriteString("Q")
	p.pdf.RawWriteStr(b.String())
	end()
}

// num formats a PDF number with two decimals, trimmed.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}
