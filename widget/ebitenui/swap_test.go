package ebitenui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget"
)

// After SetWidget, the next Update and Draw size and show the new widget,
// not the old one's cached layers.
func TestSetWidget(t *testing.T) {
	old, story, world := newWidget(t, "light", 640, 400, 1)
	g := New(old, Options{})
	g.LayoutF(640, 400)
	screen := ebiten.NewImage(640, 400)
	g.Update()
	g.Draw(screen)
	light := readImage(screen).RGBAAt(2, 2)

	dark := widget.New(story, world, widget.Options{Lang: "en", Theme: "dark"})
	g.Post(func(*widget.Widget) { g.SetWidget(dark) })
	g.Update()
	g.Draw(screen)
	if w, h := dark.Size(); w != 640 || h != 400 {
		t.Errorf("the new widget was not sized: %v×%v", w, h)
	}
	if g.Widget() != dark {
		t.Error("Widget() is the old one")
	}
	if got := readImage(screen).RGBAAt(2, 2); got == light {
		t.Errorf("the screen still shows the old widget's background %v", got)
	}
}
