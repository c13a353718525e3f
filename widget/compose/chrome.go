package compose

import (
	"math"
	"strings"

	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// buildChrome draws everything that is not the map and does not follow the
// pointer: caption, legend, buttons, slider and the focus ring.
func (p *painter) buildChrome(l *layout.Layout) []scene.Item {
	items := p.drawCaption(p.f.Step, nil)
	items = p.drawLegend(l, items)
	items = p.drawControls(l, false, items)
	items = p.drawSlider(l, items)
	if c, ok := p.focused(); ok && !c.OnMap {
		items = append(items, p.focusRing(l, c))
	}
	return items
}

// drawControls draws the buttons that are (onMap) or are not on the map.
// Those on the map go in the overlay, above the legend highlight's veil and
// the hover outlines, so nothing drawn on the map ever covers them.
func (p *painter) drawControls(l *layout.Layout, onMap bool, items []scene.Item) []scene.Item {
	for _, c := range l.Controls {
		if c.OnMap != onMap {
			continue
		}
		switch {
		case strings.HasPrefix(c.ID, "region:"):
			items = p.drawTextButton(l, c, items)
		case c.ID == "more":
			if p.f.More {
				c.Label = i18n.T(p.lang, "less")
			}
			items = p.drawTextButton(l, c, items)
		case c.ID == "zoomIn" || c.ID == "zoomOut" || c.ID == "reset":
			items = p.drawIconButton(l, c, items)
		}
	}
	return items
}

// mapControls are the overlay's buttons on the map with the focus ring when
// one of them has focus, kept: a hover frame only appends them.
func (p *painter) mapControls(l *layout.Layout) []scene.Item {
	key := controlsKey{W: l.W, H: l.H, DPR: l.DPR, Theme: p.th.Name, HoverControl: p.f.HoverControl, Region: p.f.Region, AtPreset: p.f.AtPreset}
	c, focused := p.focused()
	if focused && c.OnMap {
		key.Focus = c.ID
	}
	if p.ctl.items != nil && p.ctl.key == key {
		return p.ctl.items
	}
	items := p.drawControls(l, true, []scene.Item{})
	if focused && c.OnMap {
		items = append(items, p.focusRing(l, c))
	}
	p.ctl.items, p.ctl.key = items, key
	return items
}

// focusRing outlines the focused control; for the map it sits just inside
// the map so it never leaves the widget.
func (p *painter) focusRing(l *layout.Layout, c layout.Control) *scene.Rect {
	r := c.Box
	grow := 3.0
	if c.ID == "map" {
		grow = -2
	}
	r = layout.Rect{X: r.X - grow, Y: r.Y - grow, W: r.W + 2*grow, H: r.H + 2*grow}
	radius := 4.0
	if c.ID == "play" {
		radius = r.W / 2
	}
	return sceneRect(r, nil, &scene.Stroke{Color: p.th.Focus, Width: 2.5}, radius, "focus:"+c.ID)
}

// buttonFace is a button's fill: darker under the pointer, inverted when it
// shows the current choice.
func (p *painter) buttonFace(id string, active bool) (face, ink scene.Fill) {
	th := p.th
	face, ink = scene.Fill{Color: th.Button}, scene.Fill{Color: th.ButtonInk}
	if active {
		face, ink = scene.Fill{Color: th.Accent}, scene.Fill{Color: th.Background}
	}
	if p.f.HoverControl == id && !active {
		face.Color = theme.Mix(th.Button, th.Text, 0.12)
	}
	return face, ink
}

func (p *painter) drawTextButton(l *layout.Layout, c layout.Control, items []scene.Item) []scene.Item {
	active := c.ID == "region:"+p.f.Region && p.f.AtPreset
	face, ink := p.buttonFace(c.ID, active)
	items = append(items, sceneRect(c.Box, &face, &scene.Stroke{Color: p.th.Rule, Width: l.Line}, 4, c.ID))
	top := c.Box.Y + (c.Box.H-l.Sizes.Small*layout.LinePitch)/2
	return append(items, lineAt(c.ID+".label", c.Label, c.Box.X+c.Box.W/2, top, l.Sizes.Small, active, ink.Color, scene.AlignCenter))
}

// drawIconButton draws +, − and reset (four corner brackets: "fit").
func (p *painter) drawIconButton(l *layout.Layout, c layout.Control, items []scene.Item) []scene.Item {
	face, ink := p.buttonFace(c.ID, false)
	face.Color = theme.WithAlpha(face.Color, 0xee)
	items = append(items, sceneRect(c.Box, &face, &scene.Stroke{Color: p.th.Rule, Width: l.Line}, 4, c.ID))
	cx, cy := c.Box.X+c.Box.W/2, c.Box.Y+c.Box.H/2
	k := round(c.Box.W * 0.28)
	t := math.Max(2, round(c.Box.W*0.07))
	switch c.ID {
	case "zoomIn":
		items = append(items, &scene.Rect{ID: c.ID + ".icon", X: cx - t/2, Y: cy - k, W: t, H: 2 * k, Fill: &ink})
		fallthrough
	case "zoomOut":
		items = append(items, &scene.Rect{ID: c.ID + ".icon", X: cx - k, Y: cy - t/2, W: 2 * k, H: t, Fill: &ink})
	case "reset":
		a := k * 0.55
		var p scene.Path
		for _, sx := range []float64{-1, 1} {
			for _, sy := range []float64{-1, 1} {
				x, y := cx+sx*k, cy+sy*k
				p = append(p, []scene.Point{{X: x, Y: y - sy*a}, {X: x, Y: y}, {X: x - sx*a, Y: y}})
			}
		}
		items = append(items, &scene.Shape{ID: c.ID + ".icon", Path: p, Stroke: &scene.Stroke{Color: ink.Color, Width: t}})
	}
	return items
}

// drawLegend draws each entry: swatch, label and count; the entry under the
// pointer or keyboard focus gets a quiet background.
func (p *painter) drawLegend(l *layout.Layout, items []scene.Item) []scene.Item {
	step := p.f.Step
	unit := 1.0
	if l.LegendHead.W > 0 && p.legend.Active(legend.StandingPrefix, step) {
		top := l.LegendHead.Y + (l.LegendHead.H-l.Sizes.Small*layout.LinePitch)/2
		items = append(items, lineAt("legend.head", i18n.T(p.lang, "standingHead"), l.LegendHead.X, top, l.Sizes.Small, false, p.th.Muted, scene.AlignLeft))
	}
	for _, e := range l.Legend {
		if !p.legend.Active(e.Key, step) {
			continue
		}
		if p.f.Highlight == e.Key {
			bg := layout.Rect{X: e.Box.X - 4, Y: e.Box.Y, W: e.Box.W + 8, H: e.Box.H}
			items = append(items, sceneRect(bg, &scene.Fill{Color: theme.Mix(p.th.Background, p.th.Text, 0.08)}, nil, 4, "legend.hover"))
		}
		f := p.legendFill(e.Key, unit)
		items = append(items, sceneRect(e.Swatch, &f, &scene.Stroke{Color: p.th.Muted, Width: l.Line}, 2, "legend.swatch:"+e.Key))
		size := l.Sizes.Small // the compact legend's (layout.flowLegendAt)
		top := e.Box.Y + (e.Box.H-size*layout.LinePitch)/2
		items = append(items, lineAt("legend.label:"+e.Key, p.legend.Label(e.Key, step), e.TextX, top, size, false, p.th.Text, scene.AlignLeft))
		if legend.Counted(e.Key) {
			n := i18n.Int(p.lang, p.legend.Count(e.Key, step))
			items = append(items, lineAt("legend.count:"+e.Key, n, e.CountX, top, size, true, p.th.Text, scene.AlignRight))
		}
	}
	return items
}

// legendFill is the swatch of a legend entry.
func (p *painter) legendFill(key string, unit float64) scene.Fill {
	pal := p.pal
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
func (p *painter) atRegion() bool { return p.f.AtPreset }
