// Command render draws the bare projected world to PNG files, each country
// a different colour with thin borders, small states with their markers, so
// a person can look for bands, gaps and slivers:
//
//	go run ./geo/internal/render -out /tmp
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
	"golang.org/x/image/vector"
)

func main() {
	out := flag.String("out", ".", "folder for the PNG files")
	width := flag.Int("w", 2000, "image width in px")
	flag.Parse()
	w, err := geo.Load()
	if err != nil {
		log.Fatal(err)
	}
	for _, id := range []string{"full", "world", "south-america-caribbean", "europe"} {
		b := w.Bound() // "full": everything, Antarctica and the pole line too
		if r, ok := geo.RegionByID(id); ok {
			b = r.Projected()
		}
		h := int(float64(*width) * (b.Max[1] - b.Min[1]) / (b.Max[0] - b.Min[0]))
		v := geo.Fit(b, 0, 0, float64(*width), float64(h), 10)
		img := render(w, v, *width, h)
		name := filepath.Join(*out, "geo-"+id+".png")
		f, err := os.Create(name)
		if err != nil {
			log.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			log.Fatal(err)
		}
		f.Close()
		fmt.Println(name)
	}
}

func render(w *geo.World, v geo.View, width, height int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{200, 220, 240, 255}), image.Point{}, draw.Src)
	for _, c := range w.Countries {
		fill(img, v, c.Projected, colorOf(c.Code))
	}
	for _, c := range w.Countries {
		stroke(img, v, c.Projected, 0.6, color.RGBA{40, 40, 40, 255})
	}
	for _, c := range w.Countries {
		if c.NeedsMarker(v.Scale) {
			x, y := v.ToScreen(c.Anchor)
			circle(img, x, y, geo.MarkerSizeFor(v).R, colorOf(c.Code))
		}
	}
	return img
}

func colorOf(code string) color.RGBA {
	h := fnv.New32a()
	h.Write([]byte(code))
	s := h.Sum32()
	return color.RGBA{uint8(90 + s%150), uint8(90 + (s>>8)%150), uint8(90 + (s>>16)%150), 255}
}

func fill(img *image.RGBA, v geo.View, mp orb.MultiPolygon, c color.RGBA) {
	r := vector.NewRasterizer(img.Bounds().Dx(), img.Bounds().Dy())
	for _, p := range mp {
		for _, ring := range p {
			for i, q := range ring {
				x, y := v.ToScreen(q)
				if i == 0 {
					r.MoveTo(float32(x), float32(y))
				} else {
					r.LineTo(float32(x), float32(y))
				}
			}
			r.ClosePath()
		}
	}
	r.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
}

// stroke draws each edge as a thin quad.
func stroke(img *image.RGBA, v geo.View, mp orb.MultiPolygon, width float64, c color.RGBA) {
	r := vector.NewRasterizer(img.Bounds().Dx(), img.Bounds().Dy())
	for _, p := range mp {
		for _, ring := range p {
			for i := 0; i+1 < len(ring); i++ {
				x0, y0 := v.ToScreen(ring[i])
				x1, y1 := v.ToScreen(ring[i+1])
				dx, dy := x1-x0, y1-y0
				l := math.Hypot(dx, dy)
				if l == 0 {
					continue
				}
				nx, ny := -dy/l*width/2, dx/l*width/2
				r.MoveTo(float32(x0+nx), float32(y0+ny))
				r.LineTo(float32(x1+nx), float32(y1+ny))
				r.LineTo(float32(x1-nx), float32(y1-ny))
				r.LineTo(float32(x0-nx), float32(y0-ny))
				r.ClosePath()
			}
		}
	}
	r.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
}

func circle(img *image.RGBA, x, y, rad float64, _ color.RGBA) {
	r := vector.NewRasterizer(img.Bounds().Dx(), img.Bounds().Dy())
	for i := 0; i <= 24; i++ {
		a := float64(i) / 24 * 2 * math.Pi
		px, py := x+rad*math.Cos(a), y+rad*math.Sin(a)
		if i == 0 {
			r.MoveTo(float32(px), float32(py))
		} else {
			r.LineTo(float32(px), float32(py))
		}
	}
	r.ClosePath()
	r.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{30, 30, 30, 255}), image.Point{})
}
