//go:build js && wasm

package main

import (
	"bytes"
	"syscall/js"

	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/svgout"
)

// pngScale is the PNG download's pixels per logical px.
const pngScale = 2

// download saves the current view as "svg" or "png" (2×), drawn from the
// widget's scene on the game goroutine. The PNG is the same SVG, with text
// as glyph outlines, drawn onto a canvas by the browser: encoding PNGs in
// Go (rasterout, x/image/vector, image/png) would add about 300 KB to the
// wasm for a button few readers press.
func (b *bridge) download(kind string) {
	b.post(func(w *widget.Widget) {
		sc := w.Scene()
		name := "stancemap-" + b.story.Events[w.Event()].ID + "-" + b.lang + "." + kind
		var buf bytes.Buffer
		switch kind {
		case "svg":
			if err := svgout.Write(&buf, sc, svgout.Options{}); err != nil {
				b.p.warn("SVG export failed: " + err.Error())
				return
			}
			b.saveBlob(buf.Bytes(), "image/svg+xml", name)
		case "png":
			if err := svgout.Write(&buf, outlineText(sc), svgout.Options{}); err != nil {
				b.p.warn("PNG export failed: " + err.Error())
				return
			}
			b.savePNG(buf.Bytes(), sc.W, sc.H, name)
		default:
			b.p.warn("unknown download kind " + kind)
		}
	})
}

// savePNG draws an SVG document onto a canvas at pngScale and saves the
// canvas as a PNG (loader.js's svgToPNG does the browser's part).
func (b *bridge) savePNG(svg []byte, w, h float64, name string) {
	f := b.p.sm.Get("svgToPNG")
	if f.Type() != js.TypeFunction {
		b.p.warn("PNG export failed: the page has no svgToPNG")
		return
	}
	arr := js.Global().Get("Uint8Array").New(len(svg))
	js.CopyBytesToJS(arr, svg)
	f.Invoke(arr, w*pngScale, h*pngScale, name)
}

// outlineText returns a copy of s whose text items are filled glyph
// outlines, as the canvas draws them: an SVG drawn into a canvas can't use
// the Go font, which the page doesn't have.
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
			items[j] = &scene.Shape{ID: t.ID, Path: geom.TextPath(t), Closed: true, Fill: &fill}
		}
		l.Items = items
		out.Layers[i] = l
	}
	return &out
}

// saveBlob hands bytes to the browser as a file download.
func (b *bridge) saveBlob(data []byte, mime, name string) {
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	blob := js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	a := b.p.doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Get("style").Set("display", "none")
	b.p.doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// Revoke later: the download reads the URL after this task.
	var revoke js.Func
	revoke = js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	js.Global().Call("setTimeout", revoke, 10000)
}
