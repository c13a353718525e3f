package glyph

import (
	"strings"
	"unicode"

	"golang.org/x/image/font/sfnt"
)

// Wrap breaks s into lines no wider than maxWidth at size px, greedily, at
// spaces (not at no-break ones: see Words). Runs of spaces collapse to one; a newline forces a break. A word
// wider than maxWidth is split between letters so no line overflows (unless a
// single letter is wider). Every non-space character of s appears in the
// result, in order.
//
// It measures each letter once: a line's width is the sum of its letters'
// advances and the kerning between neighbours, so it grows by addition as
// words and letters join it. (Measuring each candidate line whole took 7.5 s
// for one word of 300 000 letters, which was measured again for every line.)
func (f *Font) Wrap(s string, size, maxWidth float64) []string {
	b := f.buffer()
	defer f.bufs.Put(b)
	fits := func(units float64) bool { return units*size/f.upem <= maxWidth }
	space := f.info(' ')
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		words := Words(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		var line strings.Builder
		var lineW float64 // font units
		var lineEnd sfnt.GlyphIndex
		for _, w := range words {
			ww, first, last := f.measureWord(b, w)
			if line.Len() > 0 {
				join := lineW + f.pairKern(b, lineEnd, space.index) + space.advance + f.pairKern(b, space.index, first) + ww
				if fits(join) {
					line.WriteByte(' ')
					line.WriteString(w)
					lineW, lineEnd = join, last
					continue
				}
				lines = append(lines, line.String())
				line.Reset()
			}
			if !fits(ww) {
				var pieces []string
				pieces, ww = f.splitWord(b, w, fits)
				lines = append(lines, pieces[:len(pieces)-1]...)
				w = pieces[len(pieces)-1]
			}
			line.WriteString(w)
			lineW, lineEnd = ww, last
		}
		lines = append(lines, line.String())
	}
	return lines
}

// Words splits s at the spaces a line may break at: every Unicode space
// but the no-break ones (U+00A0, U+2007, U+202F), which French sets before
// ":" and ";" and inside « », and Russian between digit groups. A no-break
// space stays inside its word and is drawn as a space.
func Words(s string) []string { return strings.FieldsFunc(s, breaksLine) }

func breaksLine(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u2007' && r != '\u202f'
}

// measureWord returns w's width in font units, as Width adds it up, and
// the glyphs it starts and ends with.
func (f *Font) measureWord(b *sfnt.Buffer, w string) (width float64, first, last sfnt.GlyphIndex) {
	n := 0
	for _, r := range w {
		g := f.info(r)
		if n > 0 {
			width += f.pairKern(b, last, g.index)
		} else {
			first = g.index
		}
		width += g.advance
		last = g.index
		n++
	}
	return width, first, last
}

// splitWord cuts w, which does not fit a line, into pieces in one pass:
// each the longest run of letters (at least one) that fits, the last one
// what is left. It returns the pieces and the last piece's width.
func (f *Font) splitWord(b *sfnt.Buffer, w string, fits func(units float64) bool) (pieces []string, lastWidth float64) {
	start, n := 0, 0
	var width float64
	var prev sfnt.GlyphIndex
	for i, r := range w {
		g := f.info(r)
		add := g.advance
		if n > 0 {
			add += f.pairKern(b, prev, g.index)
		}
		if n > 0 && !fits(width+add) {
			pieces = append(pieces, w[start:i])
			start, n, width = i, 0, 0
			add = g.advance
		}
		width += add
		prev = g.index
		n++
	}
	return append(pieces, w[start:]), width
}

// pairKern is the kerning Width adds between two neighbouring glyphs: none
// next to a missing one.
func (f *Font) pairKern(b *sfnt.Buffer, x0, x1 sfnt.GlyphIndex) float64 {
	if x0 == 0 || x1 == 0 {
		return 0
	}
	return f.kern(b, x0, x1)
}
