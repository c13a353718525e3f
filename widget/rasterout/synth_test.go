package rasterout

import (
	"image/color"
	"math"
	"math/rand/v2"

	"github.com/stancemap/stancemap/widget/scene"
)

// synthScene builds a map-like scene: n wobbly polygons of about 40 points
// each with borders, patterns on some, marker circles, dashed outlines, a
// legend and text. It stands in for the world map in tests and benchmarks.
func synthScene(w, h float64, n int) *scene.Scene {
	rng := rand.New(rand.NewPCG(1, 2))
	palette := []color.NRGBA{{0x1b, 0x6c, 0xa8, 255}, {0xc2, 0x3b, 0x22, 255}, {0xbb, 0xbb, 0xbb, 255}, {0xf2, 0xb7, 0x05, 255}}
	border := &scene.Stroke{Color: color.NRGBA{255, 255, 255, 255}, Width: 0.5}
	var items []scene.Item
	cols := int(math.Ceil(math.Sqrt(float64(n) * w / h)))
	cell := w / float64(cols)
	for i := 0; i < n; i++ {
		cx := cell * (float64(i%cols) + 0.5)
		cy := 60 + cell*(float64(i/cols)+0.5)
		var ring []scene.Point
		for k := 0; k < 40; k++ {
			a := 2 * math.Pi * float64(k) / 40
			r := cell * (0.45 + 0.15*rng.Float64())
			ring = append(ring, scene.Point{X: cx + r*math.Cos(a), Y: cy + r*math.Sin(a)})
		}
		f := &scene.Fill{Color: palette[i%len(palette)]}
		if i%5 == 0 {
			f.Pattern = scene.Pattern{Kind: scene.PatternKind(1 + i/5%4), Color: color.NRGBA{0, 0, 0, 160}, Spacing: 4, Width: 1}
		}
		sh := &scene.Shape{ID: "c" + string(rune('A'+i%26)), Path: scene.Path{ring}, Closed: true, Fill: f, Stroke: border}
		items = append(items, sh)
		if i%17 == 0 {
			items = append(items, &scene.Circle{Center: scene.Point{X: cx, Y: cy}, Radius: 6, Fill: f, Stroke: &scene.Stroke{Color: color.NRGBA{0, 0, 0, 255}, Width: 1}})
		}
		if i%23 == 0 {
			items = append(items, &scene.Shape{Path: scene.Path{ring}, Closed: true, Stroke: &scene.Stroke{Color: color.NRGBA{0, 0, 0, 255}, Width: 1.5, Dash: []float64{4, 2}}})
		}
	}
	text := color.NRGBA{0x22, 0x22, 0x22, 255}
	chrome := []scene.Item{
		&scene.Text{X: 20, Y: 30, S: "Who backed whom in Venezuela — Кто кого поддержал", Size: 22, Bold: true, Color: text},
		&scene.Rect{X: 20, Y: h - 60, W: 200, H: 40, Radius: 6, Fill: &scene.Fill{Color: color.NRGBA{255, 255, 255, 230}}, Stroke: &scene.Stroke{Color: text, Width: 1}},
		&scene.Text{X: 120, Y: h - 35, S: "Guaidó 54 · Maduro 12", Size: 12, Color: text, Align: scene.AlignCenter},
		&scene.Text{X: w - 20, Y: h - 8, S: "Source: stancemap", Size: 10, Color: text, Align: scene.AlignRight},
	}
	return &scene.Scene{
		W: w, H: h, Background: color.NRGBA{0xf4, 0xf6, 0xf8, 255}, Title: "Synthetic map",
		Layers: []scene.Layer{
			{Name: scene.LayerMap, Key: 1, Clip: &scene.Rect{X: 0, Y: 50, W: w, H: h - 120}, Items: items},
			{Name: scene.LayerChrome, Key: 2, Items: chrome},
		},
	}
}
