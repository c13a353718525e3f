package svgout

import (
	"strings"
	"unicode/utf8"
)

// escText escapes character data; story text is untrusted, so markup
// characters and characters XML 1.0 forbids never reach the document.
func escText(s string) string { return escape(s, false) }

// escAttr escapes an attribute value in double quotes.
func escAttr(s string) string { return escape(s, true) }

func escape(s string, attr bool) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == utf8.RuneError && isInvalid(s[i:]):
			b.WriteRune('\uFFFD')
		case !xmlChar(r):
			// Control characters are not allowed in XML 1.0, not even escaped.
		case (r == '\n' || r == '\t' || r == '\r') && attr:
			b.WriteString("&#" + string(rune('0'+r/10)) + string(rune('0'+r%10)) + ";")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isInvalid(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return r == utf8.RuneError && n <= 1
}

// xmlChar reports whether r is allowed in an XML 1.0 document.
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
