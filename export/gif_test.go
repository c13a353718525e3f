package export

import (
	"bytes"
	"fmt"
	"image/color"
	"image/gif"
	"testing"
	"time"

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
	// Flat colours are exact, per frame.
	for i, c := range colors {
		got := color.NRGBAModel.Convert(g.Image[i].At(100, 100)).(color.NRGBA)
		if got != c {
			t.Errorf("frame %d square %v, want %v", i, got, c)
		}
	}
	// The translucent circle comes out as its blend over the background.
	got := color.NRGBAModel.Convert(g.Image[0].At(300, 100)).(color.NRGBA)
	if want := opaque(color.NRGBA{0, 0, 200, 128}, color.NRGBA{250, 250, 250, 255}); got != want {
		t.Errorf("circle %v, want %v", got, want)
	}
}

func TestEncodeGIFNoFrames(t *testing.T) {
	if err := EncodeGIF(&bytes.Buffer{}, nil, 1, time.Second, time.Second); err == nil {
		t.Error("no error for zero frames")
	}
}

func TestPaletteBounded(t *testing.T) {
	// A scene with far more than 256 colours still gives a valid palette.
	s := &scene.Scene{W: 10, H: 10}
	var items []scene.Item
	for i := 0; i < 600; i++ {
		items = append(items, &scene.Text{S: "x", Size: 5, Color: color.NRGBA{uint8(i), uint8(i / 3), uint8(i * 7), 255}})
	}
	s.Layers = []scene.Layer{{Items: items}}
	if p := palette([]*scene.Scene{s}); len(p) != 256 {
		t.Errorf("palette has %d colours", len(p))
	}
}

func BenchmarkEncodeGIF(b *testing.B) {
	frames := []*scene.Scene{frame(0, color.NRGBA{200, 30, 30, 255}), frame(1, color.NRGBA{30, 150, 30, 255})}
	for b.Loop() {
		EncodeGIF(&bytes.Buffer{}, frames, 6, time.Second, time.Second)
	}
}
