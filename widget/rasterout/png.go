package rasterout

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"io"
	"math"
)

// EncodePNG writes img as a PNG whose pHYs chunk records dpi, so layout
// programs place it at its print size. Flat map colours compress well even
// at the fastest level, which keeps A4 at 300 dpi within budget.
func EncodePNG(w io.Writer, img image.Image, dpi float64) error {
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	pw := &physWriter{w: w, chunk: physChunk(dpi)}
	if err := enc.Encode(pw, img); err != nil {
		return err
	}
	if !pw.done {
		return errors.New("png: encoder wrote no IHDR chunk")
	}
	return nil
}

// physChunk returns a complete pHYs chunk for dpi (pixels per metre, unit 1).
func physChunk(dpi float64) []byte {
	ppm := uint32(math.Round(dpi / 0.0254))
	c := make([]byte, 0, 21)
	c = binary.BigEndian.AppendUint32(c, 9)
	c = append(c, "pHYs"...)
	c = binary.BigEndian.AppendUint32(c, ppm)
	c = binary.BigEndian.AppendUint32(c, ppm)
	c = append(c, 1)
	return binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(c[4:]))
}

// ihdrEnd is where the IHDR chunk ends: 8 signature bytes, then length,
// type, 13 data bytes and CRC.
const ihdrEnd = 8 + 4 + 4 + 13 + 4

// physWriter passes a PNG stream through, inserting chunk right after IHDR.
type physWriter struct {
	w     io.Writer
	chunk []byte
	head  []byte // bytes held until IHDR is complete; nil once passed on
	done  bool
}

func (p *physWriter) Write(b []byte) (int, error) {
	if p.done {
		return p.w.Write(b)
	}
	n := len(b)
	p.head = append(p.head, b...)
	if len(p.head) < ihdrEnd {
		return n, nil
	}
	if !bytes.Equal(p.head[12:16], []byte("IHDR")) {
		return 0, errors.New("png: first chunk is not IHDR")
	}
	out := make([]byte, 0, len(p.head)+len(p.chunk))
	out = append(out, p.head[:ihdrEnd]...)
	out = append(out, p.chunk...)
	out = append(out, p.head[ihdrEnd:]...)
	p.head, p.done = nil, true
	if _, err := p.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}
