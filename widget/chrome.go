package widget

import (
	"github.com/stancemap/stancemap/widget/legend"
	"math"
	"strings"

	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// buildChrome draws everything that is not the map and does not follow the
// pointer: caption, legend, buttons, slider and the focus ring.
func (w *Widget) buildChrome(l *layout) []scene.Item {
	items := w.drawCaption(l, w.tl.Current(), nil)
	items = w.drawLegend(l, items)
	items = w.drawControls(l, false, items)
	items = w.drawSlider(l, items)
	if c, ok := w.focused(); ok && !c.onMap {
		items = append(items, w.focusRing(l, c))
	}
	return items
}

// drawControls draws the buttons that are (onMap) or are not on the map.
// Those on the map go in the overlay, above the legend highlight's veil and
// the hover outlines, so nothing drawn on the map ever covers them.
func (w *Widget) drawControls(l *layout, onMap bool, items []scene.Item) []scene.Item {
	for _, c := range l.controls {
		if c.onMap != onMap {
			continue
		}
		switch {
		case strings.HasPrefix(c.id, "region:"):
			items = w.drawTextButton(l, c, items)
		case c.id == "zoomIn" || c.id == "zoomOut" || c.id == "reset":
			items = w.drawIconButton(l, c, items)
		}
	}
	return items
}

// mapControls are the overlay's buttons on the map with the focus ring when
// one of them has focus, cached: a hover frame only appends them.
func (w *Widget) mapControls(l *layout) []scene.Item {
	c, focused := w.focused()
	key := newHasher("mapControls").f(w.w, w.h, w.dpr).s(w.lang, w.th.Name, w.hoverCtl, w.region).b(w.atPreset).b(focused && c.onMap)
	if focused && c.onMap {
		key.s(c.id)
	}
	if w.cache.ctlItems != nil && w.cache.ctlKey == key.h {
		return w.cache.ctlItems
	}
	items := w.drawControls(l, true, []scene.Item{})
	if focused && c.onMap {
		items = append(items, w.focusRing(l, c))
	}
	w.cache.ctlItems, w.cache.ctlKey = items, key.h
	return items
}

// isOnMap reports whether control id is drawn on the map.
func (w *Widget) isOnMap(id string) bool {
	if id == "" || w.lay == nil {
		return false
	}
	for _, c := range w.lay.controls {
		if c.id == id {
			return c.onMap
		}
	}
	return false
}

// focused returns the control with keyboard focus.
func (w *Widget) focused() (control, bool) {
	if w.lay == nil || w.focus < 0 || w.focus >= len(w.lay.controls) || !w.controlActive(w.lay.controls[w.focus].id) {
		return control{}, false
	}
	return w.lay.controls[w.focus], true
}

// focusRing outlines the focused control; for the map it sits just inside
// the map so it never leaves the widget.
func (w *Widget) focusRing(l *layout, c control) *scene.Rect {
	r := c.r
	grow := 3.0
	if c.id == "map" {
		grow = -2
	}
	r = rect{r.X - grow, r.Y - grow, r.W + 2*grow, r.H + 2*grow}
	radius := 4.0
	if c.id == "play" {
		radius = r.W / 2
	}
	return r.scene(nil, &scene.Stroke{Color: w.th.Focus, Width: 2.5}, radius, "focus:"+c.id)
}

// buttonFace is a button's fill: darker under the pointer, inverted when it
// shows the current choice.
func (w *Widget) buttonFace(id string, active bool) (face, ink scene.Fill) {
	th := w.th
	face, ink = scene.Fill{Color: th.Button}, scene.Fill{Color: th.ButtonInk}
	if active {
		face, ink = scene.Fill{Color: th.Accent}, scene.Fill{Color: th.Background}
	}
	if w.hoverCtl == id && !active {
		face.Color = theme.Mix(th.Button, th.Text, 0.12)
	}
	return face, ink
}

func (w *Widget) drawTextButton(l *layout, c control, items []scene.Item) []scene.Item {
	active := c.id == "region:"+w.region && w.atRegion()
	face, ink := w.buttonFace(c.id, active)
	items = append(items, c.r.scene(&face, &scene.Stroke{Color: w.th.Rule, Width: l.line}, 4, c.id))
	top := c.r.Y + (c.r.H-l.sz.small*linePitch)/2
	return append(items, lineAt(c.id+".label", c.label, c.r.X+c.r.W/2, top, l.sz.small, active, ink.Color, scene.AlignCenter))
}

// drawIconButton draws +, − and reset (four corner brackets: "fit").
func (w *Widget) drawIconButton(l *layout, c control, items []scene.Item) []scene.Item {
	face, ink := w.buttonFace(c.id, false)
	face.Color = theme.WithAlpha(face.Color, 0xee)
	items = append(items, c.r.scene(&face, &scene.Stroke{Color: w.th.Rule, Width: l.line}, 4, c.id))
	cx, cy := c.r.X+c.r.W/2, c.r.Y+c.r.H/2
	k := round(c.r.W * 0.28)
	t := math.Max(2, round(c.r.W*0.07))
	switch c.id {
	case "zoomIn":
		items = append(items, &scene.Rect{ID: c.id + ".icon", X: cx - t/2, Y: cy - k, W: t, H: 2 * k, Fill: &ink})
		fallthrough
	case "zoomOut":
		items = append(items, &scene.Rect{ID: c.id + ".icon", X: cx - k, Y: cy - t/2, W: 2 * k, H: t, Fill: &ink})
	case "reset":
		a := k * 0.55
		var p scene.Path
		for _, sx := range []float64{-1, 1} {
			for _, sy := range []float64{-1, 1} {
				x, y := cx+sx*k, cy+sy*k
				p = append(p, []scene.Point{{X: x, Y: y - sy*a}, {X: x, Y: y}, {X: x - sx*a, Y: y}})
			}
		}
		items = append(items, &scene.Shape{ID: c.id + ".icon", Path: p, Stroke: &scene.Stroke{Color: ink.Color, Width: t}})
	}
	return items
}

// drawLegend draws each entry: swatch, label and count; the entry under the
// pointer or keyboard focus gets a quiet background.
func (w *Widget) drawLegend(l *layout, items []scene.Item) []scene.Item {
	step := w.tl.Current()
	unit := 1.0
	if l.legendHead.W > 0 && w.legend.Active(legend.StandingPrefix, step) {
		top := l.legendHead.Y + (l.legendHead.H-l.sz.small*linePitch)/2
		items = append(items, lineAt("legend.head", i18n.T(w.lang, "standingHead"), l.legendHead.X, top, l.sz.small, false, w.th.Muted, scene.AlignLeft))
	}
	for _, e := range l.legend {
		if !w.legend.Active(e.key, step) {
			continue
		}
		if w.legendHighlight() == e.key {
			bg := rect{e.r.X - 4, e.r.Y, e.r.W + 8, e.r.H}
			items = append(items, bg.scene(&scene.Fill{Color: theme.Mix(w.th.Background, w.th.Text, 0.08)}, nil, 4, "legend.hover"))
		}
		f := w.legendFill(e.key, unit)
		items = append(items, e.swatch.scene(&f, &scene.Stroke{Color: w.th.Muted, Width: l.line}, 2, "legend.swatch:"+e.key))
		top := e.r.Y + (e.r.H-l.sz.base*linePitch)/2
		items = append(items, lineAt("legend.label:"+e.key, w.legend.Label(e.key, step), e.textX, top, l.sz.base, false, w.th.Text, scene.AlignLeft))
		if legend.Counted(e.key) {
			n := i18n.Int(w.lang, w.legend.Count(e.key, step))
			items = append(items, lineAt("legend.count:"+e.key, n, e.countX, top, l.sz.base, true, w.th.Text, scene.AlignRight))
		}
	}
	return items
}

// legendFill is the swatch of a legend entry.
func (w *Widget) legendFill(key string, unit float64) scene.Fill {
	pal := w.palette()
	switch key {
	case "nodata":
		return pal.nodata
	case "uncertain":
		return pal.uncertainKey(unit)
	}
	if side, ok := strings.CutPrefix(key, legend.StandingPrefix); ok {
		return pal.standingFill(side)
	}
	if f, ok := pal.sides[key]; ok {
		return f
	}
	return pal.nodata
}

// atRegion reports whether the view is still the fitted region preset, so
// its button shows as chosen.
func (w *Widget) atRegion() bool { return w.atPreset }
