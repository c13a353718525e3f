package glyph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"

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
//	"SMG1" upem ascent descent lineGap family(len+bytes)
//	n × { rune flags(1: borrowed) advance nsegs × { op args… } }
//	k × { rune rune kern }
const subsetMagic = "SMG1"

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
		b = binary.AppendUvarint(b, uint64(len(g.segs)))
		for _, s := range g.segs {
			b = append(b, byte(s.op))
			for j := 0; j < argCount(s.op); j++ {
				num(s.args[j][0])
				num(s.args[j][1])
			}
		}
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
// from fallback (nil for none).
func ParseSubset(b []byte, fallback *Font) (*Font, error) {
	if len(b) < len(subsetMagic) || string(b[:len(subsetMagic)]) != subsetMagic {
		return nil, errors.New("glyph: subset: not a font subset")
	}
	r := &subsetReader{b: b[len(subsetMagic):]}
	f := &Font{glyphs: map[rune]*glyphInfo{}, kerns: map[[2]sfnt.GlyphIndex]float64{}, fallback: fallback, lend: (*Font).borrow}
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
	if n > uint64(len(r.b)) {
		r.fail()
	}
	index := map[rune]sfnt.GlyphIndex{}
	for i := uint64(0); i < n && r.err == nil; i++ {
		ru := rune(r.uvarint())
		g := &glyphInfo{index: sfnt.GlyphIndex(i + 1), loaded: true}
		if r.byte()&1 != 0 {
			g.index, g.borrowed = 0, true
		}
		g.advance = r.num()
		ns := r.uvarint()
		if ns > uint64(len(r.b)) {
			r.fail()
			break
		}
		g.segs = make([]segment, ns)
		for j := range g.segs {
			op := sfnt.SegmentOp(r.byte())
			if op > sfnt.SegmentOpCubeTo {
				r.fail()
				break
			}
			g.segs[j].op = op
			for k := 0; k < argCount(op); k++ {
				g.segs[j].args[k] = [2]float64{r.num(), r.num()}
			}
		}
		index[ru] = g.index
		if ru >= 0 && ru < fastRunes {
			f.fast[ru] = *g
		} else {
			f.glyphs[ru] = g
		}
	}
	nk := r.uvarint()
	for i := uint64(0); i < nk && r.err == nil; i++ {
		a, c, k := rune(r.uvarint()), rune(r.uvarint()), r.num()
		f.kerns[[2]sfnt.GlyphIndex{index[a], index[c]}] = k
	}
	if r.err != nil {
		return nil, r.err
	}
	// Letters outside the subset: the fallback's, or nothing.
	for ru := range f.fast {
		if _, ok := index[rune(ru)]; !ok {
			f.fast[ru] = f.load(nil, rune(ru))
		}
	}
	return f, nil
}
