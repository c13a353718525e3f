package pdfout

import (
	"strings"

	"github.com/stancemap/stancemap/widget/glyph"
)

// printable returns s as valid UTF-8 without control characters or runes
// the Go fonts lack, which would otherwise print as empty boxes or upset
// the font subsetter. Story text is untrusted.
func printable(s string) string {
	s = strings.ToValidUTF8(s, "?")
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x20 || r == 0x7f:
			return ' '
		case !glyph.Face(false).Has(r):
			return '?'
		}
		return r
	}, s)
}
