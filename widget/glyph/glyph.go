// Package glyph measures, wraps and outlines text in the Go fonts, so that
// the layout and every backend (Ebiten, SVG, PNG, PDF) agree on where each
// letter goes. It is pure Go and builds for WebAssembly: outlines become
// scene paths instead of going through a text renderer.
package glyph

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Font is a parsed font with per-rune caches. It is safe for concurrent use.
type Font struct {
	ttf  []byte
	sf   *sfnt.Font
	upem float64
	ppem fixed.Int26_6 // loading at one unit per pixel keeps full precision

	ascent, descent, lineGap float64 // in font units

	bufs sync.Pool // *sfnt.Buffer; a Buffer must not be shared between goroutines

	// fast holds Latin, Greek and Cyrillic, filled at parse time so the
	// common case needs no lock; other runes go through glyphs.
	fast [fastRunes]glyphInfo

	mu     sync.RWMutex
	glyphs map[rune]*glyphInfo

	// fallback lends its glyphs for runes this font lacks (a newsroom's
	// font without Cyrillic borrows the Go font's); nil for none. lend
	// loads a borrowed outline: a function value set where a fallback is
	// given, so a program that gives none (the plain web build) does not
	// link it.
	fallback *Font
	lend     func(f *Font, r rune, g *glyphInfo) *glyphInfo

	// A subset (ParseSubset) has no sfnt font: its glyphs are all
	// loaded, and its kerning and family name are these.
	kerns  map[[2]sfnt.GlyphIndex]float64
	family string
	// sub is the subset's bytes: each glyph's outline is read from it
	// when first drawn (glyphInfo.at), not when the font is parsed.
	sub []byte
}

// glyphInfo is what we keep about one rune, in font units (y down).
type glyphInfo struct {
	index   sfnt.GlyphIndex
	advance float64
	segs    []segment // nil until Outline needs it
	loaded  bool
	// box is the bounds of segs' points (x0, y0, x1, y1), if it has any:
	// the outline's control points hold its curves, so the outline lies
	// within it.
	box    [4]float64
	hasBox bool
	// at is where a subset's glyph's outline starts in Font.sub, plus
	// one (0: none to read).
	at int32
	// borrowed is a glyph of the fallback font, scaled to this font's
	// units; its index is 0, so no kerning applies on either side.
	borrowed bool
}

type segment struct {
	op   sfnt.SegmentOp
	args [3][2]float64
}

// fastRunes is the end of the Cyrillic block: runes below it are cached
// up front.
const fastRunes = 0x500

var (
	faceOnce [2]sync.Once
	faces    [2]*Font
)

// Face returns the font text is set in: the one Install chose, else the
// shared Go Regular (bold false) or Go Bold.
func Face(bold bool) *Font {
	if f := installed(bold); f != nil {
		return f
	}
	return GoFace(bold)
}

// GoFace returns the shared Go Regular (bold false) or Go Bold font:
// parsed from the font files natively, and from their cut to the
// letters of the languages the Go fonts cover in the browser (goFont).
// The embedded fonts are known to load, so a failure is a programming
// error.
func GoFace(bold bool) *Font {
	i := 0
	if bold {
		i = 1
	}
	faceOnce[i].Do(func() {
		f, err := goFont(bold)
		if err != nil {
			panic(fmt.Sprintf("glyph: embedded Go font: %v", err))
		}
		faces[i] = f
	})
	return faces[i]
}

// Parse reads a TrueType or OpenType font.
func Parse(ttf []byte) (*Font, error) { return parse(ttf, nil) }

// ParseWithFallback reads a TrueType or OpenType font whose missing
// glyphs are taken from fallback (nil for none): measured, outlined and
// reported by Has as if they were its own, but never kerned.
func ParseWithFallback(ttf []byte, fallback *Font) (*Font, error) {
	f, err := parse(ttf, fallback)
	if err != nil {
		return nil, err
	}
	f.lend = (*Font).borrow
	return f, nil
}

func parse(ttf []byte, fallback *Font) (*Font, error) {
	sf, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("glyph: parse font: %w", err)
	}
	f := &Font{
		ttf:      ttf,
		sf:       sf,
		upem:     float64(sf.UnitsPerEm()),
		ppem:     fixed.I(int(sf.UnitsPerEm())),
		glyphs:   make(map[rune]*glyphInfo),
		fallback: fallback,
	}
	f.bufs.New = func() any { return new(sfnt.Buffer) }
	b := f.buffer()
	defer f.bufs.Put(b)
	m, err := sf.Metrics(b, f.ppem, font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("glyph: font metrics: %w", err)
	}
	f.ascent = units(m.Ascent)
	f.descent = units(m.Descent)
	f.lineGap = units(m.Height) - f.ascent - f.descent
	if f.lineGap < 0 {
		f.lineGap = 0
	}
	for r := range f.fast {
		f.fast[r] = f.load(b, rune(r))
	}
	return f, nil
}

func (f *Font) buffer() *sfnt.Buffer { return f.bufs.Get().(*sfnt.Buffer) }

// units converts a 26.6 value loaded at ppem = unitsPerEm to font units.
func units(v fixed.Int26_6) float64 { return float64(v) / 64 }

// TTF returns the raw font file, for embedding in PDF and SVG output.
// The caller must not modify it.
func (f *Font) TTF() []byte { return f.ttf }

// Metrics returns the ascent, descent and line gap at size px, all positive.
func (f *Font) Metrics(size float64) (ascent, descent, lineGap float64) {
	k := size / f.upem
	return f.ascent * k, f.descent * k, f.lineGap * k
}

// Has reports whether the font has a glyph for r (not the .notdef box),
// its own or its fallback's.
func (f *Font) Has(r rune) bool {
	g := f.info(r)
	return g.index != 0 || g.borrowed
}

// info returns the cached glyph index and advance of r.
func (f *Font) info(r rune) *glyphInfo {
	if r >= 0 && r < fastRunes {
		return &f.fast[r]
	}
	f.mu.RLock()
	g := f.glyphs[r]
	f.mu.RUnlock()
	if g != nil {
		return g
	}
	b := f.buffer()
	loaded := f.load(b, r)
	f.bufs.Put(b)
	f.mu.Lock()
	if g = f.glyphs[r]; g == nil {
		g = &loaded
		f.glyphs[r] = g
	}
	f.mu.Unlock()
	return g
}

// load looks up the glyph index and advance of r; a missing glyph is
// index 0 (.notdef) with its advance.
func (f *Font) load(b *sfnt.Buffer, r rune) glyphInfo {
	var g glyphInfo
	if f.sf != nil {
		if x, err := f.sf.GlyphIndex(b, r); err == nil {
			g.index = x
		}
	}
	if g.index == 0 && f.fallback != nil {
		if fb := f.fallback.info(r); fb.index != 0 || fb.borrowed {
			return glyphInfo{advance: fb.advance * f.upem / f.fallback.upem, borrowed: true}
		}
	}
	if f.sf == nil {
		g.setOutline(nil) // a subset's missing letter: no outline
		return g
	}
	if adv, err := f.sf.GlyphAdvance(b, g.index, f.ppem, font.HintingNone); err == nil {
		g.advance = units(adv)
	}
	return g
}

// kern returns the kerning between two glyphs in font units (usually
// negative). sfnt answers at once for fonts without kerning, like the Go
// fonts, and with a binary search otherwise: no cache needed.
func (f *Font) kern(b *sfnt.Buffer, x0, x1 sfnt.GlyphIndex) float64 {
	if f.sf == nil {
		return f.kerns[[2]sfnt.GlyphIndex{x0, x1}]
	}
	if v, err := f.sf.Kern(b, x0, x1, f.ppem, font.HintingNone); err == nil {
		return units(v)
	}
	return 0
}

// Width returns the advance width of s at size px, including kerning.
func (f *Font) Width(s string, size float64) float64 {
	var w float64
	prev := sfnt.GlyphIndex(0)
	b := f.buffer()
	defer f.bufs.Put(b)
	for i, r := range s {
		g := f.info(r)
		if i > 0 && prev != 0 && g.index != 0 {
			w += f.kern(b, prev, g.index)
		}
		w += g.advance
		prev = g.index
	}
	return w * size / f.upem
}
