package svgout

import (
	"image/color"
	"math"
	"strconv"

	"github.com/stancemap/stancemap/widget/scene"
)

// patternKey identifies a fill with a pattern; equal fills share one
// <pattern> definition.
type patternKey struct {
	fill    color.NRGBA
	pattern scene.Pattern
}

type patternDef struct {
	id  string
	key patternKey
}

// collect walks the scene once and numbers the patterned fills in order of
// first use, so <defs> can be written before the items and ids are stable.
func (e *encoder) collect(s *scene.Scene) {
	e.patternIdx = map[patternKey]int{}
	for _, l := range s.Layers {
		for _, it := range l.Items {
			var f *scene.Fill
			switch v := it.(type) {
			case *scene.Shape:
				f = v.Fill
			case *scene.Circle:
				f = v.Fill
			case *scene.Rect:
				f = v.Fill
			}
			if f == nil || f.Pattern.Kind == scene.PatternNone || f.Pattern.Spacing <= 0 {
				continue
			}
			k := patternKey{f.Color, f.Pattern}
			if _, ok := e.patternIdx[k]; !ok {
				e.patternIdx[k] = len(e.patterns)
				e.patterns = append(e.patterns, patternDef{id: e.prefix + "pat-" + strconv.Itoa(len(e.patterns)), key: k})
			}
		}
	}
}

func (e *encoder) patternID(f scene.Fill) string {
	return e.patterns[e.patternIdx[patternKey{f.Color, f.Pattern}]].id
}

// pattern writes one <pattern>: the fill colour with the lines or dots over
// it, tiled in user space from the origin, matching the raster backend.
func (e *encoder) pattern(i int) {
	k := e.patterns[i].key
	p := k.pattern
	n := e.num.str
	tile := p.Spacing * math.Sqrt2 // diagonal lines p.Spacing apart cross an axis every √2·spacing
	x0 := 0.0
	if p.Kind == scene.PatternDots {
		tile, x0 = p.Spacing, -p.Spacing/2 // dot centres on the grid k·spacing
	}
	tf := strconv.FormatFloat(tile, 'f', -1, 64) // the tile must be exact, or the lines drift
	e.put(`<pattern id="` + e.patterns[i].id + `" patternUnits="userSpaceOnUse"`)
	if x0 != 0 {
		x0s := strconv.FormatFloat(x0, 'f', -1, 64)
		e.put(` x="` + x0s + `" y="` + x0s + `"`)
	}
	e.put(` width="` + tf + `" height="` + tf + `">`)
	if k.fill.A != 0 {
		e.put(`<rect width="` + tf + `" height="` + tf + `"`)
		e.paint("fill", k.fill)
		e.put("/>")
	}
	t, h := tile, tile/2
	var d string
	seg := func(x1, y1, x2, y2 float64) string {
		return "M" + n(x1) + " " + n(y1) + "L" + n(x2) + " " + n(y2)
	}
	hatch := seg(-h, h, h, -h) + seg(0, t, t, 0) + seg(h, t+h, t+h, h) // x+y = k·tile
	back := seg(-h, h, h, t+h) + seg(0, 0, t, t) + seg(h, -h, t+h, h)  // x−y = k·tile
	switch p.Kind {
	case scene.PatternHatch:
		d = hatch
	case scene.PatternBackHatch:
		d = back
	case scene.PatternCross:
		d = hatch + back
	case scene.PatternDots:
		e.put(`<circle cx="` + n(p.Spacing/2) + `" cy="` + n(p.Spacing/2) + `" r="` + n(p.Width/2) + `"`)
		e.paint("fill", p.Color)
		e.put("/></pattern>\n")
		return
	}
	e.put(`<path d="` + d + `" fill="none"`)
	e.paint("stroke", p.Color)
	e.put(` stroke-width="` + n(p.Width) + `"/></pattern>` + "\n")
}
