package widget

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/stancemap/stancemap/widget/glyph"
)

// measurer measures and wraps text with the glyph fonts, remembering the
// width of every word it has seen. glyph.Font.Wrap measures the whole line
// again for every word it adds; the layout wraps each caption at several
// widths, so remembering words keeps a resize well within a frame.
type measurer struct {
	mu    sync.Mutex
	font  *glyph.Font
	words map[string]float64  // width at size 1
	kerns map[[2]rune]float64 // kerning across a space, at size 1
}

// maxWords bounds the word cache; it is simply emptied when full.
const maxWords = 20000

var measurers = [2]*measurer{
	{font: glyph.Face(false), words: map[string]float64{}, kerns: map[[2]rune]float64{}},
	{font: glyph.Face(true), words: map[string]float64{}, kerns: map[[2]rune]float64{}},
}

func measure(bold bool) *measurer {
	if bold {
		return measurers[1]
	}
	return measurers[0]
}

// word is the width of s at size 1; the caller holds mu.
func (m *measurer) word(s string) float64 {
	if v, ok := m.words[s]; ok {
		return v
	}
	if len(m.words) >= maxWords {
		clear(m.words)
	}
	v := m.font.Width(s, 1)
	m.words[s] = v
	return v
}

// pair is the kerning between a and b at size 1; the caller holds mu.
func (m *measurer) pair(a, b rune) float64 {
	k := [2]rune{a, b}
	if v, ok := m.kerns[k]; ok {
		return v
	}
	if len(m.kerns) >= maxWords {
		clear(m.kerns)
	}
	sa, sb := string(a), string(b)
	v := m.font.Width(sa+sb, 1) - m.font.Width(sa, 1) - m.font.Width(sb, 1)
	m.kerns[k] = v
	return v
}

// width is the advance width of s at size px, as glyph.Font.Width.
func (m *measurer) width(s string, size float64) float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.word(s) * size
}

// wrap breaks s into lines no wider than maxWidth, as glyph.Font.Wrap does
// (greedy, at spaces, newlines force a break), adding word widths instead
// of measuring each growing line. A word too wide for a line of its own is
// left to glyph, which splits it between letters.
func (m *measurer) wrap(s string, size, maxWidth float64) []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	limit := maxWidth/size + 1e-9
	space := m.word(" ")
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		var line strings.Builder
		lineW := 0.0
		last := rune(0)
		for _, w := range words {
			ww := m.word(w)
			first, _ := utf8.DecodeRuneInString(w)
			if line.Len() > 0 {
				join := lineW + m.pair(last, ' ') + space + m.pair(' ', first) + ww
				if join <= limit {
					line.WriteByte(' ')
					line.WriteString(w)
					lineW = join
					last, _ = utf8.DecodeLastRuneInString(w)
					continue
				}
				lines = append(lines, line.String())
				line.Reset()
			}
			if ww > limit && utf8.RuneCountInString(w) > 1 {
				return m.font.Wrap(s, size, maxWidth)
			}
			line.WriteString(w)
			lineW = ww
			last, _ = utf8.DecodeLastRuneInString(w)
		}
		lines = append(lines, line.String())
	}
	return lines
}
