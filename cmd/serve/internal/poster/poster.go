// Package poster renders the still images the embed page shows before the
// wasm runs: for each event, language, theme and reference width, the
// widget's own scene at that width and its preferred height, drawn by
// rasterout (text as the same glyph outlines the canvas fills) at 1× and 2×
// and written as a paletted PNG, and the manifest the embed page reads to
// pick a poster and to size itself before the wasm knows its height.
//
// Why PNG and not SVG: Chromium's software rasteriser took about 1.2 s to
// paint the 270 KB SVG poster (272 country paths with pattern fills); a
// PNG decodes in a few milliseconds and, quantised to 128 colours without
// dithering, is smaller too.
package poster

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/export/palette"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
)

// Dir is the bundle folder the posters go in. A set of posters lives in a
// subfolder of it named by a hash of the set (see Build and Manifest.Dir),
// so a file never changes under its name and a host may let browsers keep
// it without asking again.
const Dir = "posters"

// Widths are the reference widths posters are drawn at, one per layout the
// widget has: a phone (stacked, one column), a tablet or article column
// (stacked, wider) and two wide pages (caption beside the map). The embed page
// picks the nearest one at or below its width and scales it.
var Widths = []int{360, 700, 1000, 1280}

// Themes are the themes posters are drawn in.
var Themes = []string{"light", "dark"}

// Scales are the pixel densities posters are drawn at (srcset 1x, 2x):
// each poster is rasterised at 2× and its 1× form is the 2× image
// averaged down, which costs a fifth of drawing it again.
var Scales = []int{1, 2}

// Variant names one poster.
type Variant struct {
	Event int    // index into the story's events
	Lang  string // one of the story's languages
	Theme string // "light" or "dark"
	Width int    // one of Widths
	Scale int    // one of Scales; 0 means 1
}

// namePattern is a poster's file name in the folder {dir} (a set's
// Manifest.Dir), built from the event id so the page can find it from the
// URL's event= without asking the wasm; {scale} is "" at 1× and "@2x" at
// 2×. The manifest carries it (Manifest.Names), so the embed page's script
// builds the names Name does.
const namePattern = "{dir}/{event}.{lang}.{theme}.{width}{scale}.png"

// pattern is namePattern at a scale.
func pattern(scale int) string {
	s := ""
	if scale > 1 {
		s = "@" + strconv.Itoa(scale) + "x"
	}
	return strings.Replace(namePattern, "{scale}", s, 1)
}

// Name is the poster's file name: DIR/EVENT.LANG.THEME.WIDTH.png, and
// WIDTH@2x.png at scale 2. Each value is put in once, as the page does:
// one that holds a "{…}" is not filled again.
func Name(dir, eventID, lang, theme string, width, scale int) string {
	return strings.NewReplacer("{dir}", dir, "{event}", eventID, "{lang}", lang, "{theme}", theme,
		"{width}", strconv.Itoa(width)).Replace(pattern(scale))
}

// Scene is the widget's scene for a poster: the widget at v.Width × height
// logical px, nothing hovered or focused.
func Scene(story *data.Story, world *geo.World, v Variant, height float64) (*scene.Scene, error) {
	if v.Event < 0 || v.Event >= len(story.Events) {
		return nil, fmt.Errorf("poster: event %d out of range", v.Event)
	}
	return compose.Still(story, world, compose.StillOptions{Event: v.Event, Lang: v.Lang, Theme: v.Theme, W: float64(v.Width), H: height}), nil
}

// Colours is the size of a poster's palette.
const Colours = 128

// Render draws one poster at 1× and 2× as PNGs (v.Scale is ignored), with
// the given zlib level: png.BestCompression for a deployable bundle (about
// 5 % smaller, ten times slower), png.DefaultCompression while developing.
func Render(story *data.Story, world *geo.World, v Variant, height float64, level png.CompressionLevel) (x1, x2 []byte, err error) {
	sc, err := Scene(story, world, v, height)
	if err != nil {
		return nil, nil, err
	}
	big := rasterout.Render(sc, 2)
	if x2, err = EncodePNG(big, level); err != nil {
		return nil, nil, err
	}
	if x1, err = EncodePNG(Half(big), level); err != nil {
		return nil, nil, err
	}
	return x1, x2, nil
}

// EncodePNG quantises img to Colours colours and encodes it.
func EncodePNG(img *image.RGBA, level png.CompressionLevel) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: level}
	if err := enc.Encode(&buf, palette.Quantize(img, Colours)); err != nil {
		return nil, fmt.Errorf("poster: %w", err)
	}
	return buf.Bytes(), nil
}

// Half averages each 2×2 block of img into one pixel (an odd last row or
// column is dropped).
func Half(img *image.RGBA) *image.RGBA {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx()/2, b.Dy()/2))
	for y := 0; y < out.Rect.Dy(); y++ {
		r0 := img.Pix[img.PixOffset(b.Min.X, b.Min.Y+2*y):]
		r1 := img.Pix[img.PixOffset(b.Min.X, b.Min.Y+2*y+1):]
		dst := out.Pix[out.PixOffset(0, y):]
		for x := 0; x < out.Rect.Dx(); x++ {
			for c := 0; c < 4; c++ {
				i := 8*x + c
				sum := int(r0[i]) + int(r0[i+4]) + int(r1[i]) + int(r1[i+4])
				dst[4*x+c] = uint8((sum + 2) / 4)
			}
		}
	}
	return out
}
