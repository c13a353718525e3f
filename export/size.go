package export

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Size is the page: the layout's size in logical px (96 per inch, like
// CSS), how many device pixels a logical px becomes in raster output, and
// the physical size recorded in PNG, SVG and PDF.
type Size struct {
	W, H         float64 // logical px, for compose.Print
	Scale        float64 // raster px per logical px
	DPI          float64 // recorded in the PNG
	PageW, PageH float64 // mm
}

// Pixels returns the raster size. Sizes made by PaperSize and PixelSize
// have been checked; on others the product w*h may overflow.
func (s Size) Pixels() (w, h int) {
	return int(math.Round(s.W * s.Scale)), int(math.Round(s.H * s.Scale))
}

// MaxPixels bounds raster output (A3 at 600 dpi is 70 million) so a typo
// in -dpi cannot exhaust memory.
const MaxPixels = 80_000_000

// MaxGIFPixels bounds an animated GIF's frames × pixels: every frame is
// held (a byte a pixel) until the file is written. A story at the loader's
// limit of 100 steps is 81 million at the default 1200×675.
const MaxGIFPixels = 200_000_000

// papers are portrait sizes in mm.
var papers = map[string][2]float64{
	"a4":      {210, 297},
	"a3":      {297, 420},
	"letter":  {215.9, 279.4},
	"tabloid": {279.4, 431.8},
}

// PaperNames lists the paper sizes PaperSize knows, sorted.
func PaperNames() []string {
	var names []string
	for n := range papers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// PaperSize returns the size of a named paper at dpi, portrait unless
// landscape.
func PaperSize(name string, landscape bool, dpi float64) (Size, error) {
	p, ok := papers[strings.ToLower(name)]
	if !ok {
		return Size{}, fmt.Errorf("unknown paper size %q (known: %s)", name, strings.Join(PaperNames(), ", "))
	}
	w, h := p[0], p[1]
	if landscape {
		w, h = h, w
	}
	s := Size{W: w / 25.4 * 96, H: h / 25.4 * 96, Scale: dpi / 96, DPI: dpi, PageW: w, PageH: h}
	return s, s.check()
}

// PixelSize returns a size of w×h pixels laid out like a screen at one
// device pixel per logical px; dpi only sets the physical size recorded.
func PixelSize(w, h int, dpi float64) (Size, error) {
	if w <= 0 || h <= 0 {
		return Size{}, fmt.Errorf("size %d×%d px: width and height must be positive", w, h)
	}
	if !(dpi > 0) {
		return Size{}, fmt.Errorf("dpi %v: must be positive", dpi)
	}
	s := Size{W: float64(w), H: float64(h), Scale: 1, DPI: dpi, PageW: float64(w) / dpi * 25.4, PageH: float64(h) / dpi * 25.4}
	return s, s.check()
}

// check bounds the size. The pixel count is worked out in floating point:
// 4294967296 × 4294967296 overflows an int64 to 0, which passed as small.
func (s Size) check() error {
	if !(s.DPI >= 10 && s.DPI <= 2400) {
		return fmt.Errorf("dpi %v: must be between 10 and 2400", s.DPI)
	}
	w, h := math.Round(s.W*s.Scale), math.Round(s.H*s.Scale)
	if !(w >= 16 && h >= 16 && w*h <= MaxPixels) {
		return fmt.Errorf("image of %.0f×%.0f px: must be at least 16 px a side and at most %d million px", w, h, MaxPixels/1_000_000)
	}
	return nil
}
