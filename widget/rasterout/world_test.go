package rasterout_test

import (
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/rasterout"
)

// BenchmarkA4 draws the real print layout of the world map, A4 landscape
// (1123×794 logical px) at 300 dpi: 3508×2480 px. The layout is built
// once; the budget (with PNG encoding) is 1 s and 250 MB.
func BenchmarkA4(b *testing.B) {
	world, err := geo.Load()
	if err != nil {
		b.Fatal(err)
	}
	story, err := datatest.Default()
	if err != nil {
		b.Fatal(err)
	}
	s := compose.Print(story, world, compose.PrintOptions{Event: 2, Lang: "en", W: 297 / 25.4 * 96, H: 210 / 25.4 * 96})
	b.ReportAllocs()
	for b.Loop() {
		img := rasterout.Render(s, 300.0/96)
		if img.Bounds().Dx() != 3508 || img.Bounds().Dy() != 2480 {
			b.Fatal(img.Bounds())
		}
	}
}
