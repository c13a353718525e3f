// Package glyphtest makes fonts for tests from the Go fonts' files, so
// tests of a newsroom's own font need no font files of their own.
package glyphtest

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"golang.org/x/image/font/sfnt"
)

// ASCIIOnly returns ttf with its cmap replaced by one that maps printable
// ASCII alone (to the original glyphs): a font without
// Cyrillic or accented letters, like a newsroom font that lacks what a
// story needs. The old cmap stays in the file, unreferenced.
func ASCIIOnly(ttf []byte) ([]byte, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("glyphtest: %w", err)
	}
	be := binary.BigEndian
	// Format 4, one segment a letter (idDelta maps it to its glyph),
	// then the closing 0xFFFF segment: the form PDF writers expect.
	var ends, starts, deltas []uint16
	var buf sfnt.Buffer
	for r := rune(0x20); r < 0x7f; r++ {
		x, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return nil, fmt.Errorf("glyphtest: %q: %w", r, err)
		}
		ends, starts, deltas = append(ends, uint16(r)), append(starts, uint16(r)), append(deltas, uint16(x)-uint16(r))
	}
	ends, starts, deltas = append(ends, 0xffff), append(starts, 0xffff), append(deltas, 1)
	segs := len(ends)
	sub := be.AppendUint16(nil, 4)
	sub = be.AppendUint16(sub, uint16(16+8*segs))
	sub = be.AppendUint16(sub, 0)
	sr := 1
	for sr*2 <= segs {
		sr *= 2
	}
	sel := 0
	for 1<<sel < sr {
		sel++
	}
	sub = be.AppendUint16(sub, uint16(2*segs))
	sub = be.AppendUint16(sub, uint16(2*sr))
	sub = be.AppendUint16(sub, uint16(sel))
	sub = be.AppendUint16(sub, uint16(2*segs-2*sr))
	for _, v := range ends {
		sub = be.AppendUint16(sub, v)
	}
	sub = be.AppendUint16(sub, 0)
	for _, list := range [][]uint16{starts, deltas, make([]uint16, segs)} {
		for _, v := range list {
			sub = be.AppendUint16(sub, v)
		}
	}
	cmap := append([]byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}, sub...)
	out := bytes.Clone(ttf)
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	n := int(be.Uint16(out[4:]))
	for i := 0; i < n; i++ {
		rec := out[12+16*i:]
		if string(rec[:4]) == "cmap" {
			be.PutUint32(rec[8:], uint32(len(out)))
			be.PutUint32(rec[12:], uint32(len(cmap)))
		}
	}
	return append(out, cmap...), nil
}
