package export

import (
	"bytes"
	"fmt"
	"image/color"
	"image/gif"
	"testing"
	"time"

	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
)

func frame(i int, fillColor color.NRGBA) *scene.Scene {
	return &scene.Scene{W: 200, H: 100, Background: color.NRGBA{250, 250, 250, 255}, Layers: []scene.Layer{{Name: "map", Items: []scene.Item{
		&scene.Rect{X: 10, Y: 10, W: 80, H: 80, Fill: &scene.Fill{Color: fillColor}},
		&scene.Circle{Center: scene.Point{X: 150, Y: 50}, Radius: 30, Fill: &scene.Fill{Color: color.NRGBA{0, 0, 200, 128}}},
		&scene.Text{X: 100, Y: 95, S: fmt.Sprintf("Step %d — Шаг", i+1), Size: 12, Color: color.NRGBA{20, 20, 20, 255}, Align: scene.AlignCenter},
	}}}}
}

func TestEncodeGIF(t *testing.T) {
	colors := []color.NRGBA{{200, 30, 30, 255}, {30, 150, 30, 255}, {200, 30, 30, 255}}
	var frames []*scene.Scene
	for i, c := range colors {
		frames = append(frames, frame(i, c))
	}
	var buf bytes.Buffer
	if err := EncodeGIF(&buf, frames, 2, 1500*time.Millisecond, 4*time.Second); err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 3 || g.Delay[0] != 150 || g.Delay[2] != 400 {
		t.Fatalf("%d frames, delays %v", len(g.Image), g.Delay)
	}
	if g.LoopCount != 0 {
		t.Errorf("LoopCount %d, want 0 (forever)", g.LoopCount)
	}
	if b := g.Image[0].Bounds(); b.Dx() != 400 || b.Dy() != 200 {
		t.Errorf("frame size %v", b)
	}
	// Flat colours are exact, per frame, and the translucent circle comes
	// out as the renderer blends it over the background.
	for i, c := range colors {
		img := rasterout.Render(frames[i], 2)
		for _, at := range []struct {
			x, y int
			want color.NRGBA
		}{{100, 100, c}, {300, 100, color.NRGBA(img.RGBAAt(300, 100))}} {
			got := color.NRGBAModel.Convert(g.Image[i].At(at.x, at.y)).(color.NRGBA)
			if got != at.want {
				t.Errorf("frame %d at (%d, %d): %v, want %v", i, at.x, at.y, got, at.want)
			}
		}
	}
}

func TestEncodeGIFNoFrames(t *testing.T) {
	if err := EncodeGIF(&bytes.Buffer{}, nil, 1, time.Second, time.Second); err == nil {
		t.Error("no error for zero frames")
	}
}

func BenchmarkEncodeGIF(b *testing.B) {
	frames := []*scene.Scene{frame(0, color.NRGBA{200, 30, 30, 255}), frame(1, color.NRGBA{30, 150, 30, 255})}
	for b.Loop() {
		EncodeGIF(&bytes.Buffer{}, frames, 6, time.Second, time.Second)
	}
}
