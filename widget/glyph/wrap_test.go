package glyph

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// wrapByWidth is the plain greedy wrap Wrap must agree with: each line
// measured whole with Width, a word too wide for a line cut at the longest
// prefix that fits. It measures again and again (quadratic in a long word),
// which is why Wrap does not work this way.
func wrapByWidth(f *Font, s string, size, maxWidth float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		words := Words(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		line := ""
		for _, w := range words {
			if line != "" && f.Width(line+" "+w, size) <= maxWidth {
				line += " " + w
				continue
			}
			if line != "" {
				lines = append(lines, line)
			}
			for utf8.RuneCountInString(w) > 1 && f.Width(w, size) > maxWidth {
				_, first := utf8.DecodeRuneInString(w)
				cut := first
				for i := range w {
					if i > first && f.Width(w[:i], size) <= maxWidth {
						cut = i
					}
				}
				lines = append(lines, w[:cut])
				w = w[cut:]
			}
			line = w
		}
		lines = append(lines, line)
	}
	return lines
}

// TestWrapMatchesWidth checks Wrap against wrapByWidth on random text of
// Latin, Cyrillic and long words, at widths from one letter to a column.
func TestWrapMatchesWidth(t *testing.T) {
	words := []string{"a", "Guaidó", "Maduro", "president", "Venezuela", "AVAWAY", "Россия", "поддержала",
		"Supercalifragilisticexpialidocious", strings.Repeat("W", 40), strings.Repeat("ж", 25), "—", "“quoted”"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, bold := range []bool{false, true} {
		f := Face(bold)
		for range 300 {
			var b strings.Builder
			for n := rng.IntN(30); n > 0; n-- {
				b.WriteString(words[rng.IntN(len(words))])
				b.WriteString([]string{" ", " ", "  ", "\n"}[rng.IntN(4)])
			}
			s := b.String()
			width := []float64{1, 8, 30, 61.5, 120, 293, 559}[rng.IntN(7)]
			if got, want := f.Wrap(s, 14, width), wrapByWidth(f, s, 14, width); !slices.Equal(got, want) {
				t.Fatalf("bold %v width %v %q:\n got %q\nwant %q", bold, width, s, got, want)
			}
		}
	}
}

// TestWrapLongWordIsLinear wraps one word of 300 000 letters, which took
// 7.5 s when each line measured the rest of the word again.
func TestWrapLongWordIsLinear(t *testing.T) {
	f := Face(false)
	word := strings.Repeat("w", 300_000)
	start := time.Now()
	lines := f.Wrap("Headline "+word+" end", 14, 300)
	if d := time.Since(start); d > time.Second {
		t.Errorf("wrapping took %v; want well under a second", d)
	}
	if got := strings.Join(lines, ""); got != "Headline"+word+"end" && got != "Headline"+word+" end" {
		t.Errorf("text lost: %d bytes in %d lines", len(got), len(lines))
	}
	for _, l := range lines {
		if w := f.Width(l, 14); w > 300 {
			t.Fatalf("line %q is %.1f px wide", l[:min(len(l), 20)], w)
		}
	}
}

// TestWrapKeepsNoBreakSpaces: French "Sources\u00a0: AFP" may break after
// the colon, never before it.
func TestWrapKeepsNoBreakSpaces(t *testing.T) {
	f := Face(false)
	s := "Sources\u00a0: AFP, « oui\u00a0»"
	narrow := f.Width("Sources\u00a0: AFP,", 14) + 1
	lines := f.Wrap(s, 14, narrow)
	if want := []string{"Sources\u00a0: AFP,", "« oui\u00a0»"}; !slices.Equal(lines, want) {
		t.Errorf("Wrap = %q, want %q", lines, want)
	}
	if got := Words("a\u00a0b c\u202fd\te"); !slices.Equal(got, []string{"a\u00a0b", "c\u202fd", "e"}) {
		t.Errorf("Words = %q", got)
	}
}
