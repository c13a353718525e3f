package compose

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// mapSpec is everything the map layer depends on; the widget and the print
// layout both draw the map from one.
type mapSpec struct {
	story     *data.Story
	world     *geo.World
	view      geo.View
	step      int
	pal       palette
	th        theme.Theme
	unit      float64 // line and pattern unit: 1 logical px on screen
	labelSize float64
	subject   func(code string) bool
	name      func(code string) string
	// bordersApart draws every border in one stroke after all the fills,
	// which interactive backends draw in a few calls instead of one per
	// country; vector print keeps each border with its fill, so the file
	// carries each ring once. Both look the same.
	bordersApart bool
	// facts are the atlas's view-independent facts; nil works them out here.
	facts *atlas.Facts
	// markerSize is the small-state markers' size: the screen's follows
	// the map (geo.MarkerSizeFor); print keeps its own.
	markerSize geo.MarkerSize
	// reuse holds the screen paths of a map built before at the same view
	// (mapLayer.paths), which this one takes instead of projecting every
	// country again: a step changes colours, not shapes. Nil projects.
	reuse map[string]countryPath
}

// countryPath is a country's rings on screen, with the atlas's detail
// ranks of their points (nil where the atlas has none), so that a screen
// can simplify them in one pass (scene.Detail).
type countryPath struct {
	path   scene.Path
	detail *scene.Detail
}

// manySwitches is the number of switched countries above which their
// outlines are drawn finer.
const manySwitches = 8

// mapLayer holds the drawn map, each visible country's screen path and the
// small-state markers, which the overlay reuses to highlight countries
// without recomputing them.
type mapLayer struct {
	items   []scene.Item
	regions int // the first items: one fill per country
	fixed   int // the items after them that no step changes: the borders
	paths   map[string]countryPath
	markers []geo.Marker
}

// screenPath projects a country's rings to screen px, leaving out rings
// smaller than a fifth of a pixel: they would not show, and small states get
// a marker instead. sizes are the rings' larger sides (atlasFacts), or nil;
// ranks are the points' detail ranks (geo.Country.Detail), or nil.
func screenPath(mp orb.MultiPolygon, ranks [][][]uint8, sizes [][]float64, v geo.View) countryPath {
	var path scene.Path
	var kept [][]uint8
	ranked := ranks != nil
	minSize := 0.2 / v.Scale
	for i, poly := range mp {
		for j, ring := range poly {
			if len(ring) < 3 {
				continue
			}
			var size float64
			if i < len(sizes) && j < len(sizes[i]) {
				size = sizes[i][j]
			} else {
				size = atlas.RingSize(ring)
			}
			if size < minSize {
				continue
			}
			pts := make([]scene.Point, len(ring))
			for k, p := range ring {
				x, y := v.ToScreen(p)
				pts[k] = scene.Point{X: x, Y: y}
			}
			path = append(path, pts)
			if ranked && i < len(ranks) && j < len(ranks[i]) {
				kept = append(kept, ranks[i][j])
			} else {
				ranked = false
			}
		}
	}
	cp := countryPath{path: path}
	if ranked {
		cp.detail = &scene.Detail{Ranks: kept, Scale: v.Scale}
	}
	return cp
}

// buildMap draws every visible country filled by its side at the step (or
// the muted tint of its standing position where it has no stance), thin
// borders, thick outlines around countries that switched side, marker
// circles for small states and the story's subject drawn apart.
//
// The layer is ordered so that a backend can draw it in few calls: the
// fills first, one shape per country (its ID names it in SVG), grouped by
// fill style; then, with bordersApart, every border in one stroked shape;
// then the outlines of switched countries, which share one stroke; then
// markers and the subject. A border drawn whole over both neighbours looks
// as it did when each border followed its own fill: the next country's
// border covered the half its fill had hidden.
func buildMap(ms mapSpec) mapLayer {
	ml := mapLayer{paths: map[string]countryPath{}}
	if ms.story == nil || ms.world == nil || len(ms.story.Events) == 0 {
		return ml
	}
	v := ms.view
	area := layout.Rect{X: v.X, Y: v.Y, W: v.W, H: v.H}
	stances, standing := ms.story.Stances(ms.step), ms.story.Standing(ms.step)
	// Outline only governments that switched sides since the last map of
	// this question; one newly on record is not a switch, and outlining
	// dozens of them at once buried the few that moved.
	changed := map[string]bool{}
	for _, c := range ms.story.BaselineChanges(ms.step) {
		if c.Kind() == data.Switched {
			changed[c.Code] = true
		}
	}
	// A few switches are news and get a bold outline; a bloc switching
	// together (34 governments a year on) would turn Europe into one black
	// blot at phone size, so many switches get a finer line.
	changedW := 2 * ms.unit
	if len(changed) > manySwitches {
		changedW = 1.2 * ms.unit
	}
	border := &scene.Stroke{Color: ms.th.Border, Width: 0.6 * ms.unit}
	var fills []mapFill
	var outlines, markers, subject []scene.Item
	var subjects []*geo.Country
	var borders scene.Path
	var borderRanks [][]uint8
	bordersRanked := true
	fillOf := map[string]scene.Fill{}
	for _, c := range ms.world.Countries {
		sb := layout.ScreenBound(c.Bound, v)
		if atlas.Hidden(c.Code) || !sb.Overlaps(area) {
			continue
		}
		cp, ok := ms.reuse[c.Code]
		if !ok {
			var sizes [][]float64
			if ms.facts != nil {
				sizes = ms.facts.RingSizes(c)
			}
			cp = screenPath(c.Projected, c.Detail, sizes, v)
		}
		ml.paths[c.Code] = cp
		path := cp.path
		st, ok := stances[c.Code]
		sd, hasStanding := standing[c.Code]
		fill := ms.pal.countryFill(st, ok, sd, hasStanding, ms.unit)
		if ms.subject(c.Code) {
			fill = scene.Fill{Color: ms.th.Subject}
			subject = append(subject,
				&scene.Shape{ID: c.Code, Path: path, Closed: true, Stroke: &scene.Stroke{Color: ms.th.SubjectInk, Width: 1.5 * ms.unit}, Detail: cp.detail})
			subjects = append(subjects, c)
		}
		if len(path) > 0 {
			f := fill
			sh := &scene.Shape{ID: c.Code, Path: path, Closed: true, Fill: &f, Detail: cp.detail}
			if ms.bordersApart {
				borders = append(borders, path...)
				if bordersRanked = bordersRanked && cp.detail != nil; bordersRanked {
					borderRanks = append(borderRanks, cp.detail.Ranks...)
				}
			} else {
				sh.Stroke = border
			}
			fills = append(fills, mapFill{shape: sh, bound: sb, area: c.Area, enclosed: ms.facts != nil && ms.facts.Enclosed(c.Code)})
		}
		if changed[c.Code] && len(path) > 0 {
			outlines = append(outlines, &scene.Shape{ID: "changed:" + c.Code, Path: path, Closed: true,
				Stroke: &scene.Stroke{Color: ms.th.Changed, Width: changedW}, Detail: cp.detail})
		}
		fillOf[c.Code] = fill
	}
	// A marker may reach into the map from a state whose bound is outside.
	fillFor := func(code string) scene.Fill {
		if f, ok := fillOf[code]; ok {
			return f
		}
		st, ok := stances[code]
		sd, hasStanding := standing[code]
		return ms.pal.countryFill(st, ok, sd, hasStanding, ms.unit)
	}
	ml.markers = atlas.Markers(ms.world, ms.story, ms.step, v, ms.markerSize)
	for _, m := range ml.markers {
		stroke := &scene.Stroke{Color: ms.th.Muted, Width: 0.8 * ms.unit}
		for _, code := range m.Codes {
			if changed[code] {
				stroke = &scene.Stroke{Color: ms.th.Changed, Width: changedW}
			}
		}
		look := markerLook{fill: fillFor, stroke: stroke, th: ms.th, unit: ms.unit, id: "marker"}
		markers = append(markers, markerItems(m, look)...)
	}
	ml.items = append(ml.items, orderFills(fills, ms.facts != nil)...)
	ml.regions = len(ml.items)
	if len(borders) > 0 {
		sh := &scene.Shape{ID: "borders", Path: borders, Closed: true, Stroke: border}
		if bordersRanked {
			sh.Detail = &scene.Detail{Ranks: borderRanks, Scale: v.Scale}
		}
		ml.items = append(ml.items, sh)
		ml.fixed = 1
	}
	ml.items = append(ml.items, outlines...)
	ml.items = append(ml.items, markers...)
	ml.items = append(ml.items, subject...)
	var plates []layout.Rect
	for _, c := range subjects {
		label := subjectLabel(ms, c, markers, plates)
		plates = append(plates, label.plate)
		ml.items = append(ml.items, label.items...)
	}
	return ml
}

// subjectLabel names the story's subject beside its outline: above it
// where that is clear of the small-state markers, else below, right or
// left (at the world view the Caribbean's markers crowd the sea north of
// Venezuela). A plate of background colour behind the name keeps it
// legible over land.
func subjectLabel(ms mapSpec, c *geo.Country, markers []scene.Item, taken []layout.Rect) placedLabel {
	v := ms.view
	b := layout.ScreenBound(c.Bound, v)
	ax, ay := v.ToScreen(c.Anchor)
	asc, desc, _ := font(true).Metrics(ms.labelSize)
	name := ms.name(c.Code)
	tw := layout.TextWidth(name, ms.labelSize, true)
	gap := 3 * ms.unit
	area := layout.Rect{X: v.X, Y: v.Y, W: v.W, H: v.H}
	// Each candidate is the text's left edge and baseline.
	cands := [][2]float64{
		{ax - tw/2, b.Y - desc - gap},        // above
		{ax - tw/2, b.Y + b.H + asc + gap},   // below
		{b.X + b.W + gap, ay + (asc-desc)/2}, // right
		{b.X - gap - tw, ay + (asc-desc)/2},  // left
		{ax - tw, b.Y + b.H + asc + gap},     // below, left of the anchor
		{ax, b.Y + b.H + asc + gap},          // below, right of the anchor
	}
	box := func(c [2]float64) layout.Rect {
		return layout.Rect{X: c[0] - 2*ms.unit, Y: c[1] - asc - ms.unit, W: tw + 4*ms.unit, H: asc + desc + 2*ms.unit}
	}
	// Clear of markers and other labels; else clear of other labels only.
	pick := -1
	for pass := 0; pass < 2 && pick < 0; pass++ {
		for i, cand := range cands {
			b := box(cand)
			if b.Inside(area) && !hitsAny(b, taken) && (pass == 1 || !hitsMarker(b, markers)) {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		// Nowhere is clear: above, kept inside the map.
		cands[0][0] = clamp(cands[0][0], area.X+2, math.Max(area.X+2, area.X+area.W-tw-2))
		if box(cands[0]).Y < area.Y {
			cands[0][1] = cands[1][1]
		}
		pick = 0
	}
	at := cands[pick]
	plate := box(at)
	return placedLabel{plate: plate, items: []scene.Item{
		sceneRect(plate, &scene.Fill{Color: theme.WithAlpha(ms.th.Background, 0xc0)}, nil, 2*ms.unit, "label.plate:"+c.Code),
		&scene.Text{ID: "label:" + c.Code, X: at[0], Y: at[1], S: name, Size: ms.labelSize, Bold: true, Color: ms.th.SubjectInk, Align: scene.AlignLeft},
	}}
}

// placedLabel is a subject's label and the plate it covers, which later
// labels keep clear of.
type placedLabel struct {
	plate layout.Rect
	items []scene.Item
}

func hitsAny(r layout.Rect, taken []layout.Rect) bool {
	for _, t := range taken {
		if r.Overlaps(t) {
			return true
		}
	}
	return false
}

// hitsMarker reports whether r touches any marker circle.
func hitsMarker(r layout.Rect, markers []scene.Item) bool {
	for _, it := range markers {
		m, ok := it.(*scene.Circle)
		if !ok {
			continue
		}
		// The nearest point of r to the circle's centre.
		nx := clamp(m.Center.X, r.X, r.X+r.W)
		ny := clamp(m.Center.Y, r.Y, r.Y+r.H)
		if math.Hypot(nx-m.Center.X, ny-m.Center.Y) < m.Radius+1 {
			return true
		}
	}
	return false
}
