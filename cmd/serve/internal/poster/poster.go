// Package poster renders the still images the embed page shows before the
// wasm runs: for each event, language, theme and reference width, the
// widget's own scene at that width and its preferred height, written as SVG
// by svgout, and the manifest the embed page reads to pick a poster and to
// size itself before the wasm knows its height.
//
// Text stays SVG <text> in the Go font's family with look-alike fallbacks:
// embedding the font (svgout.Options.EmbedFont) adds about 250 KB to every
// poster, and outlining the glyphs about 100 KB; a fallback font measures a
// little differently from the canvas but the layout is the same.
package poster

import (
	"bytes"
	"fmt"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/svgout"
)

// Dir is the bundle folder the posters go in.
const Dir = "posters"

// Widths are the reference widths posters are drawn at, one per layout the
// widget has: a phone (stacked, one column), a tablet or article column
// (stacked, wider) and two wide pages (caption beside the map). The embed page
// picks the nearest one at or below its width and scales it.
var Widths = []int{360, 700, 1000, 1280}

// Themes are the themes posters are drawn in.
var Themes = []string{"light", "dark"}

// Variant names one poster.
type Variant struct {
	Event int    // index into the story's events
	Lang  string // "en", "es", "ru"
	Theme string // "light" or "dark"
	Width int    // one of Widths
}

// Name is the poster's file name in the bundle, built from the event id so
// the page can find it from the URL's event= without asking the wasm.
func Name(eventID, lang, theme string, width int) string {
	return fmt.Sprintf("%s/%s.%s.%s.%d.svg", Dir, eventID, lang, theme, width)
}

// Render draws one poster: the widget at v.Width × its preferred height,
// nothing hovered or focused, as SVG. With outline set, text is drawn as
// glyph outlines, exactly as the canvas draws it, at about 100 KB more.
func Render(story *data.Story, world *geo.World, v Variant, height float64, outline bool) ([]byte, error) {
	if v.Event < 0 || v.Event >= len(story.Events) {
		return nil, fmt.Errorf("poster: event %d out of range", v.Event)
	}
	w := widget.New(story, world, widget.Options{Lang: v.Lang, Theme: v.Theme, Event: v.Event})
	w.Resize(float64(v.Width), height, 1)
	sc := w.Scene()
	if outline {
		sc = outlineText(sc)
	}
	var buf bytes.Buffer
	if err := svgout.Write(&buf, sc, svgout.Options{}); err != nil {
		return nil, fmt.Errorf("poster %s: %w", Name(story.Events[v.Event].ID, v.Lang, v.Theme, v.Width), err)
	}
	return buf.Bytes(), nil
}

// outlineText returns a copy of s whose text items are filled glyph
// outlines, drawn as the canvas draws them.
func outlineText(s *scene.Scene) *scene.Scene {
	out := *s
	out.Layers = make([]scene.Layer, len(s.Layers))
	for i, l := range s.Layers {
		items := make([]scene.Item, len(l.Items))
		for j, it := range l.Items {
			t, ok := it.(*scene.Text)
			if !ok {
				items[j] = it
				continue
			}
			fill := scene.Fill{Color: t.Color}
			items[j] = &scene.Shape{
				ID:     t.ID,
				Path:   glyph.Face(t.Bold).Outline(t.S, t.Size, t.X, t.Y, t.Align),
				Closed: true,
				Fill:   &fill,
			}
		}
		l.Items = items
		out.Layers[i] = l
	}
	return &out
}
