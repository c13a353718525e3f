package glyph

import (
	"strings"
	"sync/atomic"

	"golang.org/x/image/font/sfnt"
)

// borrow fills g, a glyph of the fallback font, with the fallback's
// outline of r scaled to f's units.
func (f *Font) borrow(r rune, g *glyphInfo) *glyphInfo {
	src := f.fallback.segments(r)
	k := f.upem / f.fallback.upem
	segs := make([]segment, len(src.segs))
	for i, s := range src.segs {
		segs[i].op = s.op
		for j := range s.args {
			segs[i].args[j] = [2]float64{s.args[j][0] * k, s.args[j][1] * k}
		}
	}
	f.mu.Lock()
	if !g.loaded {
		g.setOutline(segs)
	}
	f.mu.Unlock()
	return g
}

// Missing returns the runes of s, once each and in order, that the font
// has no glyph of its own for: the fallback draws them, or nothing does.
// Spaces and control characters are not counted.
func (f *Font) Missing(s string) []rune {
	var out []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == 0xa0 || seen[r] {
			continue
		}
		seen[r] = true
		if g := f.info(r); g.index == 0 {
			out = append(out, r)
		}
	}
	return out
}

// Own reports whether every rune of s is drawn by the font itself, not
// its fallback: a backend that embeds the font file (PDF) can set s as
// text; otherwise it draws s as outlines.
func (f *Font) Own(s string) bool {
	for _, r := range s {
		if f.info(r).borrowed {
			return false
		}
	}
	return true
}

// chosen holds the fonts Install chose: [0] regular, [1] bold.
var chosen [2]atomic.Pointer[Font]

func installed(bold bool) *Font {
	if bold {
		return chosen[1].Load()
	}
	return chosen[0].Load()
}

// Install makes Face return regular and bold (nil for the Go font) for
// the whole process: a newsroom's style sets its fonts once, before
// anything is measured. It returns a function that puts back the fonts
// installed before, for tests.
func Install(regular, bold *Font) (restore func()) {
	fam := ""
	if regular != nil {
		fam = regular.Family()
	}
	if strings.ContainsAny(fam, `'"\<>&;{}`) {
		fam = "" // it could end a quoted CSS name or an attribute
	}
	old0, old1 := chosen[0].Swap(regular), chosen[1].Swap(bold)
	oldFam := chosenFamily.Swap(&fam)
	return func() {
		chosen[0].Store(old0)
		chosen[1].Store(old1)
		chosenFamily.Store(oldFam)
	}
}

// chosenFamily is the family name of the regular font Install chose.
var chosenFamily atomic.Pointer[string]

// InstalledFamily is the family name of the regular font Install chose,
// safe to quote in CSS, or "" for the Go font or an unsafe name. (Read at Install, so a program that installs no
// font links no name-table code: the web embed's bytes are counted.)
func InstalledFamily() string {
	if p := chosenFamily.Load(); p != nil {
		return *p
	}
	return ""
}

// Family is the font's family name from its name table ("Go Mono"), or
// "" when it has none.
func (f *Font) Family() string {
	if f.sf == nil {
		return f.family
	}
	b := f.buffer()
	defer f.bufs.Put(b)
	name, err := f.sf.Name(b, sfnt.NameIDFamily)
	if err != nil {
		return ""
	}
	return name
}
