package glyph

import (
	"strings"
	"unicode/utf8"
)

// Wrap breaks s into lines no wider than maxWidth at size px, greedily, at
// spaces. Runs of spaces collapse to one; a newline forces a break. A word
// wider than maxWidth is split between letters so no line overflows (unless a
// single letter is wider). Every non-space character of s appears in the
// result, in order.
func (f *Font) Wrap(s string, size, maxWidth float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		line := ""
		for _, w := range words {
			// Measure the joined line, not the sum of parts: kerning
			// across the space must not push it over the limit.
			if line != "" && f.Width(line+" "+w, size) <= maxWidth {
				line += " " + w
				continue
			}
			if line != "" {
				lines = append(lines, line)
			}
			for utf8.RuneCountInString(w) > 1 && f.Width(w, size) > maxWidth {
				head, rest := f.splitWord(w, size, maxWidth)
				lines = append(lines, head)
				w = rest
			}
			line = w
		}
		lines = append(lines, line)
	}
	return lines
}

// splitWord returns the longest prefix of w (at least one rune) that fits
// in maxWidth, and the rest.
func (f *Font) splitWord(w string, size, maxWidth float64) (head, rest string) {
	_, first := utf8.DecodeRuneInString(w)
	cut := first
	for i := range w {
		if i <= cut {
			continue
		}
		if f.Width(w[:i], size) > maxWidth {
			break
		}
		cut = i
	}
	return w[:cut], w[cut:]
}
