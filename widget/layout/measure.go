package layout

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/stancemap/stancemap/widget/glyph"
)

// measurer measures and wraps text with the glyph fonts, remembering the
// width of every word it has seen. glyph.Font.Wrap measures every letter
// of a text each time; the layout wraps each caption at several widths, so
// remembering words keeps a resize well within a frame.
type measurer struct {
	mu    sync.Mutex
	font  *glyph.Font
	words map[string]float64  // width at size 1
	kerns map[[2]rune]float64 // kerning across a space, at size 1
	// texts holds, by text, its paragraphs' words, each measured with the
	// kerning across a space before and after it, at size 1. The layout
	// wraps every step's caption at each size it tries (PreferredHeight
	// tries dozens): a text is split and its words looked up once.
	texts map[string][]measuredPara
	held  int // words held in texts
}

// measuredPara is a paragraph's words and their measures. A line of words
// joined by single spaces is a slice of the paragraph, which saves making
// a string of every line at every size the layout tries.
type measuredPara struct {
	text  string
	words []string // slices of text
	at    []int32  // where each word starts in text
	loose []int32  // loose[k]: how many gaps before words 1…k are not one space
	sw    []spacedWord
	width float64 // of the whole paragraph on one line, at size 1
}

// line is words a…b-1 joined by single spaces.
func (p *measuredPara) line(a, b int) string {
	if p.loose[b-1] == p.loose[a] {
		return p.text[p.at[a] : int(p.at[b-1])+len(p.words[b-1])]
	}
	return strings.Join(p.words[a:b], " ")
}

// maxTextWords bounds the words held in texts (48 bytes each); texts is
// emptied when full. A story at the loader's limits has about 100 000.
const maxTextWords = 200_000

// spacedWord is a word's width and the kerning a space adds before it
// (space, first letter) and after it (last letter, space).
type spacedWord struct{ width, before, after float64 }

// maxWords bounds the word cache; it is simply emptied when full.
const maxWords = 20000

// measurers hold a measurer per weight, for the font glyph.Face gives:
// when a style installs its own fonts, the next measure starts afresh.
var measurers [2]atomic.Pointer[measurer]

func newMeasurer(f *glyph.Font) *measurer {
	return &measurer{font: f, words: map[string]float64{}, kerns: map[[2]rune]float64{}, texts: map[string][]measuredPara{}}
}

func measure(bold bool) *measurer {
	i := 0
	if bold {
		i = 1
	}
	f := glyph.Face(bold)
	m := measurers[i].Load()
	if m == nil || m.font != f {
		m = newMeasurer(f)
		measurers[i].Store(m)
	}
	return m
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

// text returns s split into paragraphs of measured words; the caller
// holds mu.
func (m *measurer) text(s string) []measuredPara {
	if ps, ok := m.texts[s]; ok {
		return ps
	}
	var ps []measuredPara
	n := 0
	space := m.word(" ")
	for _, para := range strings.Split(s, "\n") {
		p := measuredPara{text: para, words: glyph.Words(para)}
		p.sw = make([]spacedWord, len(p.words))
		p.at = make([]int32, len(p.words))
		p.loose = make([]int32, len(p.words))
		end := 0 // of the previous word
		for i, w := range p.words {
			first, _ := utf8.DecodeRuneInString(w)
			last, _ := utf8.DecodeLastRuneInString(w)
			p.sw[i] = spacedWord{width: m.word(w), before: m.pair(' ', first), after: m.pair(last, ' ')}
			start := end + strings.Index(para[end:], w)
			p.at[i] = int32(start)
			if i > 0 {
				p.loose[i] = p.loose[i-1]
				if para[end:start] != " " {
					p.loose[i]++
				}
			}
			end = start + len(w)
			p.width += p.sw[i].width
			if i > 0 {
				p.width += p.sw[i-1].after + space + p.sw[i].before
			}
		}
		n += len(p.words)
		ps = append(ps, p)
	}
	if m.held+n > maxTextWords {
		clear(m.texts)
		m.held = 0
	}
	m.texts[s] = ps
	m.held += n
	return ps
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
	ps := m.text(s)
	n := 0 // about how many lines, so that lines is made once
	for _, p := range ps {
		// At most a line a word (for a tiny or negative width, as a frame
		// a few pixels wide gives, the division is no bound at all).
		k := len(p.words)
		if limit > 0 && p.width/limit < float64(k) {
			k = int(p.width / limit)
		}
		n += 1 + k
	}
	lines := make([]string, 0, n+n/4)
	for _, p := range ps {
		if len(p.words) == 0 {
			lines = append(lines, "")
			continue
		}
		start := 0               // the line is p.words[start:i]
		lineW, after := 0.0, 0.0 // after: the kerning a space adds after the line's last word
		for i, sw := range p.sw {
			if i > start {
				join := lineW + after + space + sw.before + sw.width
				if join <= limit {
					lineW, after = join, sw.after
					continue
				}
				lines = append(lines, p.line(start, i))
				start = i
			}
			if sw.width > limit && utf8.RuneCountInString(p.words[i]) > 1 {
				return m.font.Wrap(s, size, maxWidth)
			}
			lineW, after = sw.width, sw.after
		}
		lines = append(lines, p.line(start, len(p.words)))
	}
	return lines
}
