package compose

import (
	"image/color"
	"math"
	"strings"

	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
)

// buildOverlay draws what follows the pointer: the legend highlight (a veil
// over the map with the entry's countries drawn again on top), the hovered
// and pinned countries' outlines, the buttons on the map (so the veil and
// the outlines never cover them), and the tooltip.
func (p *painter) buildOverlay(l *layout.Layout) []scene.Item {
	var items []scene.Item
	m := l.Map
	step := p.f.Step
	if key := p.f.Highlight; key != "" {
		items = append(items, sceneRect(m, &scene.Fill{Color: p.th.Veil}, nil, 0, "veil"))
		for _, c := range p.world.Countries {
			cp, ok := p.paths[c.Code]
			if !ok || !p.legend.Match(key, c.Code, step) {
				continue
			}
			if len(cp.path) > 0 {
				f := p.fillAt(c.Code)
				items = append(items, &scene.Shape{ID: "highlight:" + c.Code, Path: cp.path, Closed: true, Fill: &f,
					Stroke: &scene.Stroke{Color: p.th.Highlight, Width: 1}, Detail: cp.detail})
			}
		}
		// A marker lights up when any state it stands for matches.
		for _, m := range p.markers {
			for _, code := range m.Codes {
				if p.legend.Match(key, code, step) {
					look := markerLook{fill: p.fillAt, stroke: &scene.Stroke{Color: p.th.Highlight, Width: 1}, th: p.th, unit: 1, id: "highlight"}
					items = append(items, markerItems(m, look)...)
					break
				}
			}
		}
	}
	for _, o := range []struct {
		code  string
		width float64
	}{{p.f.Hover, 2}, {p.f.Pinned, 3}} {
		if o.code == "" || (o.code == p.f.Pinned && o.width == 2) {
			continue
		}
		items = append(items, p.outline(o.code, o.width)...)
	}
	items = append(items, p.mapControls(l)...)
	if p.f.More {
		items = p.drawDetails(l, items)
	} else {
		items = append(items, p.tooltip(l)...)
	}
	items = append(items, p.noteItems(l)...)
	return items
}

// fillAt is country code's fill at the frame's step, as the map draws it.
func (p *painter) fillAt(code string) scene.Fill {
	if p.words.IsSubject(code) {
		return scene.Fill{Color: p.th.Subject}
	}
	st, has := p.story.Stances(p.f.Step)[code]
	sd, hasStanding := p.story.Standing(p.f.Step)[code]
	return p.pal.countryFill(st, has, sd, hasStanding, 1)
}

// outline strokes a country (and its marker) on top of the map.
func (p *painter) outline(code string, width float64) []scene.Item {
	c := p.world.Country(code)
	if c == nil {
		return nil
	}
	var items []scene.Item
	stroke := &scene.Stroke{Color: p.th.Highlight, Width: width}
	if cp := p.paths[code]; len(cp.path) > 0 {
		items = append(items, &scene.Shape{ID: "outline:" + code, Path: cp.path, Closed: true, Stroke: stroke, Detail: cp.detail})
	}
	if m, ok := atlas.MarkerOf(p.markers, code); ok {
		items = append(items, &scene.Circle{ID: "outline:" + code, Center: scene.Point{X: m.X, Y: m.Y}, Radius: m.R + 1, Stroke: stroke})
	}
	return items
}

// tipTarget is the country whose tooltip shows and where it points: the
// pinned country at its label anchor, else the hovered one at the pointer.
func (p *painter) tipTarget() (code string, x, y float64) {
	if p.f.Pinned != "" {
		if c := p.world.Country(p.f.Pinned); c != nil {
			x, y = p.f.View.ToScreen(c.Anchor)
			m := p.l.Map
			return p.f.Pinned, clamp(x, m.X, m.X+m.W), clamp(y, m.Y, m.Y+m.H)
		}
	}
	return p.f.Hover, p.f.PointerX, p.f.PointerY
}

// tooltipParas is the tooltip text for a country at the current step, and
// the legend key whose swatch goes before its side line.
func (p *painter) tooltipParas(code string, sz layout.Sizes, pinned bool) (ps []layout.Para, side string) {
	ps = append(ps, layout.Para{ID: "tip.name", S: p.words.Name(code), Size: sz.Base, Bold: true})
	if p.words.IsSubject(code) {
		ps = append(ps, layout.Para{ID: "tip.side", S: i18n.T(p.lang, "subjectNote"), Size: sz.Small, Gap: 2})
		return ps, ""
	}
	step := p.f.Step
	label, since, side, standing := p.words.TipSide(step, code)
	if side == "" {
		ps = append(ps, layout.Para{ID: "tip.side", S: label, Size: sz.Small, Gap: 2})
		return ps, "nodata"
	}
	legendKey := side
	st := p.story.Stances(step)[code]
	if standing {
		legendKey = legend.StandingPrefix + side
		st = p.story.Standing(step)[code]
	}
	ps = append(ps,
		layout.Para{ID: "tip.side", S: label, Size: sz.Small, Bold: true, Gap: 2},
		layout.Para{ID: "tip.since", S: since, Size: sz.Small, Gap: 1})
	if s := p.words.SourceNames(st.Sources); s != "" {
		key := "sources"
		if !strings.Contains(s, ",") {
			key = "source"
		}
		ps = append(ps, layout.Para{ID: "tip.sources", S: i18n.F(p.lang, key, s), Size: sz.Small, Gap: 3})
	}
	if n := p.words.Tx(st.Note); n != "" {
		ps = append(ps, layout.Para{ID: "tip.note", S: n, Size: sz.Small, Gap: 3})
	}
	if pinned && !p.f.Touch {
		ps = append(ps, layout.Para{ID: "tip.close", S: i18n.T(p.lang, "closeHint"), Size: sz.Small * 0.9, Gap: 4})
	}
	return ps, legendKey
}

// tipGroup is the states of the merged marker by which the pointer found
// the tooltip's country, or nil: a country reached by the keyboard or by
// its shape has its own tooltip.
func (p *painter) tipGroup(code string) []string {
	byMarker := p.f.HoverOnMarker
	if code == p.f.Pinned {
		byMarker = p.f.PinnedOnMarker
	}
	if m, ok := atlas.MarkerOf(p.markers, code); byMarker && ok && m.Merged() {
		return m.Codes
	}
	return nil
}

// groupParas is a merged marker's tooltip: how many states it stands for,
// then each with its side and since when; zooming in separates them.
func (p *painter) groupParas(codes []string, sz layout.Sizes, pinned bool) []layout.Para {
	ps := []layout.Para{{ID: "tip.name", S: i18n.Countries(p.lang, len(codes)), Size: sz.Base, Bold: true}}
	for i, code := range codes {
		gap := 1.0
		if i == 0 {
			gap = 2
		}
		ps = append(ps, layout.Para{ID: "tip.member", S: p.words.CountryAnnouncement(p.f.Step, code), Size: sz.Small, Gap: gap})
	}
	if pinned && !p.f.Touch {
		ps = append(ps, layout.Para{ID: "tip.close", S: i18n.T(p.lang, "closeHint"), Size: sz.Small * 0.9, Gap: 4})
	}
	return ps
}

// tooltip draws the box beside its target (layout.PlaceTip): next to the
// pointer on the side with room and clear of the country where the frame
// leaves room elsewhere. A tap's tooltip is a sheet across the map's foot,
// or its top where the foot would cover the tapped country
// (layout.PlaceSheet).
func (p *painter) tooltip(l *layout.Layout) []scene.Item {
	code, px, py := p.tipTarget()
	if code == "" {
		return nil
	}
	ps, side := p.tooltipParas(code, l.Sizes, code == p.f.Pinned)
	if g := p.tipGroup(code); g != nil {
		ps, side = p.groupParas(g, l.Sizes, code == p.f.Pinned), ""
	}
	inset := round(l.Sizes.Base * 0.6)
	sw := 0.0 // swatch before the side line
	if side != "" {
		sw = round(l.Sizes.Small * 0.9)
	}
	sheet := p.f.Touch && code == p.f.Pinned
	maxW := math.Min(20*l.Sizes.Base, l.W-2*inset-8)
	var keep []layout.Rect // the buttons on the map, which a sheet leaves free
	if sheet {
		maxW, keep = sheetSpace(l)
	}
	ws, h := layout.WrapParas(ps, maxW-2*inset-sw-4)
	textW := 0.0
	for _, wp := range ws {
		for _, line := range wp.Lines {
			lw := layout.TextWidth(line, wp.Size, wp.Bold)
			if wp.ID == "tip.side" {
				lw += sw + 4
			}
			textW = math.Max(textW, lw)
		}
	}
	bw, bh := textW+2*inset, h+2*inset
	whole, parts := p.countryRects(code)
	var box layout.Rect
	frame := layout.Rect{W: l.W, H: l.H}
	if sheet {
		box = layout.PlaceSheet(l.Map, bw, bh, whole, keep)
	} else if box = layout.PlaceTip(frame, bw, bh, px, py, whole); box.Overlaps(whole[0]) {
		// No room clear of the country's whole bounds (France's reach
		// from Guiana to Réunion): keep clear of its parts instead.
		box = layout.PlaceTip(frame, bw, bh, px, py, parts)
	}
	x, y := box.X, box.Y
	items := []scene.Item{sceneRect(box, &scene.Fill{Color: p.th.TipFill}, &scene.Stroke{Color: p.th.TipBorder, Width: 1}, 4, "tip")}
	ty := y + inset
	for i, wp := range ws {
		if i > 0 {
			ty += wp.Gap
		}
		tx := x + inset
		if wp.ID == "tip.side" && sw > 0 {
			f := p.legendFill(side, 1)
			sr := layout.Rect{X: tx, Y: ty + (wp.Size*layout.LinePitch-sw)/2, W: sw, H: sw}
			items = append(items, sceneRect(sr, &f, &scene.Stroke{Color: p.th.Muted, Width: l.Line}, 2, "tip.swatch"))
			tx += sw + 4
		}
		for _, line := range wp.Lines {
			items = append(items, lineAt(wp.ID, line, tx, ty, wp.Size, wp.Bold, p.tipColor(wp.ID), scene.AlignLeft))
			ty += wp.Size * layout.LinePitch
		}
	}
	return items
}

// sheetSpace is the widest a tap's sheet may be, from the map's left edge
// to the zoom buttons' column, and the other buttons on the map, which it
// keeps clear of by going above or below them.
func sheetSpace(l *layout.Layout) (float64, []layout.Rect) {
	right := l.Map.X + l.Map.W - 4
	var keep []layout.Rect
	for _, c := range l.Controls {
		if !c.OnMap {
			continue
		}
		switch c.ID {
		case "zoomIn", "zoomOut", "reset":
			right = math.Min(right, c.Box.X-4)
		default:
			keep = append(keep, c.Box)
		}
	}
	return right - l.Map.X - 4, keep
}

// tipColor is the colour of a tooltip paragraph: sources, notes and the
// hint muted, the rest in the text colour.
func (p *painter) tipColor(id string) color.NRGBA {
	switch id {
	case "tip.sources", "tip.note", "tip.close":
		return p.th.Muted
	}
	return p.th.Text
}

// countryRects are a country's bounds on screen: whole, its projected
// bound's (with its marker, if it has one); parts, each drawn ring's and
// the marker's.
func (p *painter) countryRects(code string) (whole, parts []layout.Rect) {
	c := p.world.Country(code)
	if c == nil {
		return []layout.Rect{{}}, nil
	}
	for _, ring := range p.paths[code].path {
		if len(ring) == 0 {
			continue
		}
		x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, pt := range ring {
			x0, y0 = math.Min(x0, pt.X), math.Min(y0, pt.Y)
			x1, y1 = math.Max(x1, pt.X), math.Max(y1, pt.Y)
		}
		parts = append(parts, layout.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0})
	}
	b := layout.ScreenBound(c.Bound, p.f.View)
	if mk, ok := atlas.MarkerOf(p.markers, code); ok {
		r := mk.R + 1
		m := layout.Rect{X: mk.X - r, Y: mk.Y - r, W: 2 * r, H: 2 * r}
		parts = append(parts, m)
		b = layout.Union([]layout.Rect{b, m})
	}
	return []layout.Rect{b}, parts
}
