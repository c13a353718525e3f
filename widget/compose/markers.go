package compose

import (
	"math"
	"strconv"

	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// markerLook is how a marker is drawn: each member's fill, the outline,
// and the theme, whose background and text draw a merged marker's count.
type markerLook struct {
	fill   func(code string) scene.Fill
	stroke *scene.Stroke
	th     theme.Theme
	unit   float64
	id     string // the items' ID prefix: "marker", "highlight"
}

// markerItems draws a marker: one state's is a circle in its fill; a
// merged marker is a ring of its members' fills (each fill's share of the
// ring its share of the members) around a disc with their count, so it
// says both how many and which sides.
func markerItems(m geo.Marker, ml markerLook) []scene.Item {
	c := scene.Point{X: m.X, Y: m.Y}
	if !m.Merged() {
		f := ml.fill(m.Codes[0])
		return []scene.Item{&scene.Circle{ID: ml.id + ":" + m.Codes[0], Center: c, Radius: m.R, Fill: &f, Stroke: ml.stroke}}
	}
	id := ml.id + ":" + m.Codes[0] + "+" + strconv.Itoa(len(m.Codes)-1)
	// The members by fill, in order of first appearance.
	var fills []scene.Fill
	count := map[scene.Fill]int{}
	for _, code := range m.Codes {
		f := ml.fill(code)
		if count[f] == 0 {
			fills = append(fills, f)
		}
		count[f]++
	}
	var items []scene.Item
	if len(fills) == 1 {
		f := fills[0]
		items = append(items, &scene.Circle{ID: id, Center: c, Radius: m.R, Fill: &f})
	} else {
		a := -math.Pi / 2
		for _, f := range fills {
			sweep := 2 * math.Pi * float64(count[f]) / float64(len(m.Codes))
			f := f
			items = append(items, &scene.Shape{ID: id, Path: scene.Path{wedge(c, m.R, a, sweep)}, Closed: true, Fill: &f})
			a += sweep
		}
	}
	inner := m.R - math.Max(1.5*ml.unit, 0.28*m.R)
	items = append(items,
		&scene.Circle{ID: id, Center: c, Radius: inner, Fill: &scene.Fill{Color: ml.th.Background}},
		&scene.Circle{ID: id, Center: c, Radius: m.R, Stroke: ml.stroke})
	n := strconv.Itoa(len(m.Codes))
	size := inner * 1.8
	if len(n) > 1 {
		size = inner * 1.45
	}
	asc, desc, _ := font(true).Metrics(size)
	items = append(items, &scene.Text{ID: id + ".count", X: m.X, Y: m.Y + (asc-desc)/2, S: n, Size: size, Bold: true,
		Color: ml.th.Text, Align: scene.AlignCenter})
	return items
}

// wedge is the closed pie slice of radius r about c from angle a (radians,
// clockwise on screen from the x axis) through sweep.
func wedge(c scene.Point, r, a, sweep float64) []scene.Point {
	n := max(2, int(math.Ceil(sweep/(math.Pi/12))))
	pts := []scene.Point{c}
	for i := 0; i <= n; i++ {
		t := a + sweep*float64(i)/float64(n)
		pts = append(pts, scene.Point{X: c.X + r*math.Cos(t), Y: c.Y + r*math.Sin(t)})
	}
	return pts
}
