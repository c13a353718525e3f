package bundle

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"path"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible lists the extensions worth precompressing; images such as
// PNG are compressed already.
var compressible = map[string]bool{
	".html": true, ".js": true, ".mjs": true, ".wasm": true,
	".svg": true, ".json": true, ".css": true, ".txt": true,
}

// minCompressSize is the size below which compression saves too little to
// be worth a second file.
const minCompressSize = 512

// Precompress fills f.Br and f.Gz for a compressible file, keeping each
// only if it is smaller than the original. brotliQuality is 0–11; 11 is
// smallest and slowest (about half a minute for a 10 MB wasm).
func Precompress(f *File, brotliQuality int) error {
	f.Br, f.Gz = nil, nil
	if !compressible[path.Ext(f.Name)] || len(f.Data) < minCompressSize {
		return nil
	}
	var (
		wg           sync.WaitGroup
		br, gz       []byte
		brErr, gzErr error
	)
	wg.Add(2)
	go func() { defer wg.Done(); br, brErr = Brotli(f.Data, brotliQuality) }()
	go func() { defer wg.Done(); gz, gzErr = Gzip(f.Data) }()
	wg.Wait()
	if brErr != nil {
		return fmt.Errorf("%s: %w", f.Name, brErr)
	}
	if gzErr != nil {
		return fmt.Errorf("%s: %w", f.Name, gzErr)
	}
	if len(br) < len(f.Data) {
		f.Br = br
	}
	if len(gz) < len(f.Data) {
		f.Gz = gz
	}
	return nil
}

// Brotli compresses data at the given quality (0–11) with a 16 MB window,
// the largest a browser decodes and the brotli tool's default: the whole
// wasm (12.9 MB) fits in it, which at quality 11 is 20 KB (0.9 %) less than
// with the library's default 4 MB window. The price is the decoder's ring
// buffer, up to the size of the file, in the browser while it downloads.
func Brotli(data []byte, quality int) ([]byte, error) {
	if quality < brotli.BestSpeed || quality > brotli.BestCompression {
		return nil, fmt.Errorf("brotli quality %d out of range 0–11", quality)
	}
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: quality, LGWin: 24})
	if _, err := w.Write(data); err != nil {
		return nil, fmt.Errorf("brotli: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("brotli: %w", err)
	}
	return buf.Bytes(), nil
}

// Gzip compresses data at the best gzip level.
func Gzip(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if _, err := w.Write(data); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return buf.Bytes(), nil
}
