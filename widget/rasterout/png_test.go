package rasterout

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"io"
	"testing"
)

type chunk struct {
	typ  string
	data []byte
}

// chunks parses a PNG stream into its chunks, checking every CRC.
func chunks(t *testing.T, b []byte) []chunk {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatal("no PNG signature")
	}
	var out []chunk
	for p := 8; p < len(b); {
		n := int(binary.BigEndian.Uint32(b[p:]))
		typ, data := string(b[p+4:p+8]), b[p+8:p+8+n]
		if crc := binary.BigEndian.Uint32(b[p+8+n:]); crc != crc32.ChecksumIEEE(b[p+4:p+8+n]) {
			t.Fatalf("chunk %s: bad CRC", typ)
		}
		out = append(out, chunk{typ, data})
		p += 12 + n
	}
	return out
}

func TestEncodePNGPhys(t *testing.T) {
	for _, dpi := range []float64{72, 96, 300, 600} {
		img := Render(synthScene(200, 120, 20), 2)
		var buf bytes.Buffer
		if err := EncodePNG(&buf, img, dpi); err != nil {
			t.Fatal(err)
		}
		cs := chunks(t, buf.Bytes())
		if cs[0].typ != "IHDR" || cs[1].typ != "pHYs" || cs[len(cs)-1].typ != "IEND" {
			t.Fatalf("dpi %v: chunk order %v", dpi, cs)
		}
		ppmX, ppmY, unit := binary.BigEndian.Uint32(cs[1].data), binary.BigEndian.Uint32(cs[1].data[4:]), cs[1].data[8]
		if got := float64(ppmX) * 0.0254; ppmX != ppmY || unit != 1 || got < dpi-0.1 || got > dpi+0.1 {
			t.Errorf("dpi %v: pHYs %d×%d unit %d (= %.2f dpi)", dpi, ppmX, ppmY, unit, got)
		}
		back, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("dpi %v: decode: %v", dpi, err)
		}
		if back.Bounds() != img.Bounds() {
			t.Errorf("decoded bounds %v, want %v", back.Bounds(), img.Bounds())
		}
		// Same pixels after the round trip.
		r, g, b, _ := back.At(100, 100).RGBA()
		want := img.RGBAAt(100, 100)
		if uint8(r>>8) != want.R || uint8(g>>8) != want.G || uint8(b>>8) != want.B {
			t.Errorf("pixel changed in the round trip")
		}
	}
}

type failWriter struct{ after int }

func (f *failWriter) Write(b []byte) (int, error) {
	if f.after -= len(b); f.after < 0 {
		return 0, errors.New("disk full")
	}
	return len(b), nil
}

func TestEncodePNGWriteError(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 50, 50))
	for _, after := range []int{0, 10, 40} {
		if err := EncodePNG(&failWriter{after: after}, img, 300); err == nil {
			t.Errorf("failing after %d bytes: no error", after)
		}
	}
	if err := EncodePNG(io.Discard, img, 300); err != nil {
		t.Error(err)
	}
}

func BenchmarkEncodePNGA4(b *testing.B) {
	img := Render(synthScene(1122.5, 793.7, 2500), 300.0/96)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := EncodePNG(&buf, img, 300); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1e6, "MB")
}
