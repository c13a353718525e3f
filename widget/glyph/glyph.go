// Package glyph measures, wraps and outlines text in the Go fonts, so that
// the layout and every backend (Ebiten, SVG, PNG, PDF) agree on where each
// letter goes. It is pure Go and builds for WebAssembly: outlines become
// scene paths instead of going through a text renderer.
package glyph

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
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

	mu     sync.RWMutex
	glyphs map[rune]*glyphInfo
	kerns  map[[2]sfnt.GlyphIndex]float64
}

// glyphInfo is what we keep about one rune, in font units (y down).
type glyphInfo struct {
	index   sfnt.GlyphIndex
	advance float64
	segs    []segment // nil until Outline needs it
	loaded  bool
}

type segment struct {
	op   sfnt.SegmentOp
	args [3][2]float64
}

var (
	faceOnce [2]sync.Once
	faces    [2]*Font
)

// Face returns the shared Go Regular (bold false) or Go Bold font.
// The embedded fonts are known to parse, so a failure is a programming error.
func Face(bold bool) *Font {
	i, src := 0, goregular.TTF
	if bold {
		i, src = 1, gobold.TTF
	}
	faceOnce[i].Do(func() {
		f, err := Parse(src)
		if err != nil {
			panic(fmt.Sprintf("glyph: embedded Go font: %v", err))
		}
		faces[i] = f
	})
	return faces[i]
}

// Parse reads a TrueType or OpenType font.
func Parse(ttf []byte) (*Font, error) {
	sf, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("glyph: parse font: %w", err)
	}
	f := &Font{
		ttf:    ttf,
		sf:     sf,
		upem:   float64(sf.UnitsPerEm()),
		ppem:   fixed.I(int(sf.UnitsPerEm())),
		glyphs: make(map[rune]*glyphInfo),
		kerns:  make(map[[2]sfnt.GlyphIndex]float64),
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

// Has reports whether the font has a glyph for r (not the .notdef box).
func (f *Font) Has(r rune) bool { return f.info(r).index != 0 }

// info returns the cached glyph index and advance of r.
func (f *Font) info(r rune) *glyphInfo {
	f.mu.RLock()
	g := f.glyphs[r]
	f.mu.RUnlock()
	if g != nil {
		return g
	}
	b := f.buffer()
	defer f.bufs.Put(b)
	g = &glyphInfo{}
	if x, err := f.sf.GlyphIndex(b, r); err == nil {
		g.index = x
	}
	if adv, err := f.sf.GlyphAdvance(b, g.index, f.ppem, font.HintingNone); err == nil {
		g.advance = units(adv)
	}
	f.mu.Lock()
	if old := f.glyphs[r]; old != nil {
		g = old
	} else {
		f.glyphs[r] = g
	}
	f.mu.Unlock()
	return g
}

// kern returns the kerning between two glyphs in font units (usually negative).
func (f *Font) kern(a, b sfnt.GlyphIndex) float64 {
	key := [2]sfnt.GlyphIndex{a, b}
	f.mu.RLock()
	k, ok := f.kerns[key]
	f.mu.RUnlock()
	if ok {
		return k
	}
	buf := f.buffer()
	if v, err := f.sf.Kern(buf, a, b, f.ppem, font.HintingNone); err == nil {
		k = units(v)
	}
	f.bufs.Put(buf)
	f.mu.Lock()
	f.kerns[key] = k
	f.mu.Unlock()
	return k
}

// Width returns the advance width of s at size px, including kerning.
func (f *Font) Width(s string, size float64) float64 {
	var w float64
	prev := sfnt.GlyphIndex(0)
	for i, r := range s {
		g := f.info(r)
		if i > 0 && prev != 0 && g.index != 0 {
			w += f.kern(prev, g.index)
		}
		w += g.advance
		prev = g.index
	}
	return w * size / f.upem
}
