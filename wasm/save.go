//go:build js && wasm

package main

import (
	"bytes"
	"syscall/js"

	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/svgout"
)

// pngScale is the download's pixels per logical px.
const pngScale = 2

// download saves the current view as "png" (2×) or "svg", drawn from the
// widget's scene on the game goroutine, through a Blob and an <a download>.
func (b *bridge) download(kind string) {
	b.post(func(w *widget.Widget) {
		var buf bytes.Buffer
		var mime string
		sc := w.Scene()
		switch kind {
		case "png":
			mime = "image/png"
			if err := rasterout.EncodePNG(&buf, rasterout.Render(sc, pngScale), 96*pngScale); err != nil {
				b.p.warn("PNG export failed: " + err.Error())
				return
			}
		case "svg":
			mime = "image/svg+xml"
			if err := svgout.Write(&buf, sc, svgout.Options{}); err != nil {
				b.p.warn("SVG export failed: " + err.Error())
				return
			}
		default:
			b.p.warn("unknown download kind " + kind)
			return
		}
		name := "stancemap-" + b.story.Events[w.Event()].ID + "-" + b.lang + "." + kind
		b.saveBlob(buf.Bytes(), mime, name)
	})
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
