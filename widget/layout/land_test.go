package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
)

// TestRegionButtonsLeaveLandClear checks, against the atlas's shapes
// rather than the layout's own profile of them, that the region buttons
// on a stacked map cover no country at the world view: at phone and
// column widths, at the preferred height and in boxes a host fixed, in
// each language. On a phone they go under the map; wider, on it.
func TestRegionButtonsLeaveLandClear(t *testing.T) {
	s, world := fixture(t)
	onMapSeen, belowSeen := false, false
	for _, lang := range []string{"en", "es", "pt", "fr", "ru"} {
		p := planner(t, s, lang)
		for _, w := range []float64{320, 360, 390, 430, 500, 600, 700, 800, 1000} {
			for _, h := range []float64{0, 480, 640, 900} {
				if h == 0 {
					h = PreferredHeight(s, world, w, lang)
				}
				name := fmt.Sprintf("%vx%v/%s", w, h, lang)
				l := p.Plan(w, h, 1, s.Events[0].Question)
				if l.Side {
					continue
				}
				v := FitRegion("world", l.Map)
				for _, c := range l.Controls {
					if !strings.HasPrefix(c.ID, "region:") {
						continue
					}
					if !c.OnMap {
						belowSeen = true
						if c.Box.Overlaps(l.Map) {
							t.Errorf("%s: %s lies under the map but overlaps it", name, c.ID)
						}
						continue
					}
					onMapSeen = true
					if code, ok := coversLand(world, v, c.Box); ok {
						t.Errorf("%s: %s at %+v covers %s", name, c.ID, c.Box, code)
					}
				}
			}
		}
	}
	if !onMapSeen || !belowSeen {
		t.Errorf("region buttons on the map in some layouts: %v; under it in others: %v", onMapSeen, belowSeen)
	}
}

// coversLand reports a country whose land (an island at least landSpeck
// of the world's width across) lies under box in view v, or whose marker
// does when it has no such island.
func coversLand(world *geo.World, v geo.View, box Rect) (string, bool) {
	r, _ := geo.RegionByID("world")
	ww := r.Projected().Max[0] - r.Projected().Min[0]
	in := func(pt orb.Point) bool {
		x, y := v.ToScreen(pt)
		return x >= box.X && x <= box.X+box.W && y >= box.Y && y <= box.Y+box.H
	}
	corners := []orb.Point{}
	for _, c := range [][2]float64{{box.X, box.Y}, {box.X + box.W, box.Y}, {box.X, box.Y + box.H}, {box.X + box.W, box.Y + box.H}} {
		corners = append(corners, v.FromScreen(c[0], c[1]))
	}
	for _, c := range world.Countries {
		if atlas.Hidden(c.Code) {
			continue
		}
		shown := false
		for _, poly := range c.Projected {
			b := poly[0].Bound()
			if b.Max[0]-b.Min[0] < landSpeck*ww && b.Max[1]-b.Min[1] < landSpeck*ww {
				continue
			}
			shown = true
			for _, pt := range poly[0] {
				if in(pt) {
					return c.Code, true
				}
			}
			for _, pt := range corners {
				if planar.PolygonContains(poly, pt) {
					return c.Code, true
				}
			}
		}
		if !shown && in(c.Anchor) {
			return c.Code, true
		}
	}
	return "", false
}
