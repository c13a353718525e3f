package glyph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// A subset is the part of a font that a known text needs, in a small
// format of our own rather than a rewritten font file: for each letter,
// its advance and outline in font units; the kerning between those
// letters; the metrics and family name. The web embed loads a style's
// fonts this way, so a paper's font costs the reader the letters its
// story uses, not the whole face. Numbers are 26.6 fixed point (the
// precision sfnt loads them at), zigzag varints.
//
//	"SMG2" upem ascent descent lineGap family(len+bytes)
//	n × { rune flags(1: borrowed) advance nsegs nbytes nsegs × { op args… } }
//	k × { rune rune kern }
//
// Runes are in ascending order. nbytes is the length of the segments that
// follow, so a reader can take the advances (all layout needs) and leave
// each outline until the glyph is drawn: decoding every outline of the two
// Go fonts up front took 40-60 ms of a first visit in the browser.
const subsetMagic = "SMG2"

// IsSubset reports whether b is a font subset made by Subset (rather than
// a font file).
func IsSubset(b []byte) bool { return strings.HasPrefix(string(b), subsetMagic) }

// Subset returns the glyphs of the letters of text (each once) in the
// subset format. Letters the font borrows are kept, marked; letters
// neither it nor its fallback has are left out.
func (f *Font) Subset(text string) []byte {
	seen := map[rune]bool{}
	var runes []rune
	for _, r := range text {
		if !seen[r] && f.Has(r) {
			seen[r] = true
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	b := []byte(subsetMagic)
	num := func(v float64) { b = binary.AppendVarint(b, int64(math.Round(v*64))) }
	num(f.upem)
	num(f.ascent)
	num(f.descent)
	num(f.lineGap)
	fam := f.Family()
	b = binary.AppendUvarint(b, uint64(len(fam)))
	b = append(b, fam...)
	b = binary.AppendUvarint(b, uint64(len(runes)))
	for _, r := range runes {
		g := f.segments(r)
		b = binary.AppendUvarint(b, uint64(r))
		flags := byte(0)
		if g.borrowed {
			flags = 1
		}
		b = append(b, flags)
		num(g.advance)
		var segs []byte
		for _, s := range g.segs {
			segs = append(segs, byte(s.op))
			for j := 0; j < argCount(s.op); j++ {
				segs = binary.AppendVarint(segs, int64(math.Round(s.args[j][0]*64)))
				segs = binary.AppendVarint(segs, int64(math.Round(s.args[j][1]*64)))
			}
		}
		b = binary.AppendUvarint(b, uint64(len(g.segs)))
		b = binary.AppendUvarint(b, uint64(len(segs)))
		b = append(b, segs...)
	}
	var kerns []byte
	nk := 0
	if f.sf != nil {
		kb := f.buffer()
		for _, a := range runes {
			for _, c := range runes {
				ga, gc := f.info(a), f.info(c)
				if ga.index == 0 || gc.index == 0 {
					continue
				}
				if k := f.kern(kb, ga.index, gc.index); k != 0 {
					kerns = binary.AppendUvarint(kerns, uint64(a))
					kerns = binary.AppendUvarint(kerns, uint64(c))
					kerns = binary.AppendVarint(kerns, int64(math.Round(k*64)))
					nk++
				}
			}
		}
		f.bufs.Put(kb)
	}
	b = binary.AppendUvarint(b, uint64(nk))
	return append(b, kerns...)
}

// argCount is how many points a segment of op carries.
func argCount(op sfnt.SegmentOp) int {
	switch op {
	case sfnt.SegmentOpQuadTo:
		return 2
	case sfnt.SegmentOpCubeTo:
		return 3
	}
	return 1
}

// subsetReader reads the subset format, remembering the first error.
type subsetReader struct {
	b   []byte
	err error
}

func (r *subsetReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *subsetReader) num() float64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return float64(v) / 64
}

func (r *subsetReader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *subsetReader) fail() {
	if r.err == nil {
		r.err = errors.New("glyph: subset: truncated")
	}
	r.b = nil
}

// ParseSubset reads a font subset made by Subset; letters it lacks come
// from fallback (nil for none). Outlines are read when first drawn; b
// must not change while the font is in use.
func ParseSubset(b []byte, fallback *Font) (*Font, error) {
	if !IsSubset(b) {
		return nil, errors.New("glyph: subset: not a font subset")
	}
	body := b[len(subsetMagic):]
	r := &subsetReader{b: body}
	f := &Font{glyphs: map[rune]*glyphInfo{}, kerns: map[[2]sfnt.GlyphIndex]float64{}, fallback: fallback, lend: (*Font).borrow, sub: body}
	f.upem, f.ascent, f.descent, f.lineGap = r.num(), r.num(), r.num(), r.num()
	if n := r.uvarint(); n <= uint64(len(r.b)) {
		f.family = string(r.b[:n])
		r.b = r.b[n:]
	} else {
		r.fail()
	}
	if r.err == nil && !(f.upem >= 16 && f.upem <= 16384) {
		return nil, fmt.Errorf("glyph: subset: units per em %v", f.upem)
	}
	f.ppem = 0
	f.bufs.New = func() any { return new(sfnt.Buffer) }
	n := r.uvarint()
	if n > uint64(len(r.b)) || len(body) > math.MaxInt32-1 {
		r.fail()
	}
	runes := make([]rune, 0, n) // ascending; glyph index i+1
	for i := uint64(0); i < n && r.err == nil; i++ {
		ru := rune(r.uvarint())
		if len(runes) > 0 && ru <= runes[len(runes)-1] {
			return nil, errors.New("glyph: subset: letters out of order")
		}
		runes = append(runes, ru)
		g := &glyphInfo{index: sfnt.GlyphIndex(i + 1)}
		if r.byte()&1 != 0 {
			g.index, g.borrowed = 0, true
		}
		g.advance = r.num()
		at := int32(len(body)-len(r.b)) + 1
		ns, nb := r.uvarint(), r.uvarint()
		if ns > nb || nb > uint64(len(r.b)) {
			r.fail()
			break
		}
		if ns == 0 {
			g.setOutline([]segment{}) // a space: as sfnt loads it
		} else {
			g.at = at
		}
		r.b = r.b[nb:]
		if ru >= 0 && ru < fastRunes {
			f.fast[ru] = *g
		} else {
			f.glyphs[ru] = g
		}
	}
	index := func(ru rune) sfnt.GlyphIndex {
		i, ok := slices.BinarySearch(runes, ru)
		if !ok {
			return 0
		}
		return sfnt.GlyphIndex(i + 1)
	}
	nk := r.uvarint()
	for i := uint64(0); i < nk && r.err == nil; i++ {
		a, c, k := rune(r.uvarint()), rune(r.uvarint()), r.num()
		f.kerns[[2]sfnt.GlyphIndex{index(a), index(c)}] = k
	}
	if r.err != nil {
		return nil, r.err
	}
	// Letters outside the subset: the fallback's, or nothing.
	next := 0 // runes[next] is the first letter not below ru
	for ru := range f.fast {
		for next < len(runes) && runes[next] < rune(ru) {
			next++
		}
		if next == len(runes) || runes[next] != rune(ru) {
			f.fast[ru] = f.load(nil, rune(ru))
		}
	}
	return f, nil
}

// loadSubsetGlyph reads g's outline from the subset's bytes, once. The
// bytes were bounded when the font was parsed; what is in them is checked
// now, and a glyph whose outline does not read is drawn as nothing.
func (f *Font) loadSubsetGlyph(g *glyphInfo) *glyphInfo {
	f.mu.Lock()
	defer f.mu.Unlock()
	if g.loaded {
		return g
	}
	r := &subsetReader{b: f.sub[g.at-1:]}
	ns, nb := r.uvarint(), r.uvarint()
	r.b = r.b[:nb] // within the bytes, as parsing checked
	segs := make([]segment, 0, ns)
	for j := uint64(0); j < ns && r.err == nil; j++ {
		op := sfnt.SegmentOp(r.byte())
		if op > sfnt.SegmentOpCubeTo {
			r.fail()
			break
		}
		var sg segment
		sg.op = op
		for k := 0; k < argCount(op); k++ {
			sg.args[k] = [2]float64{r.num(), r.num()}
		}
		segs = append(segs, sg)
	}
	if r.err != nil {
		segs = nil
	}
	g.setOutline(segs)
	return g
}
