package compose

import (
	"sort"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

// mapFill is one country's fill on the map, with what orderFills needs.
type mapFill struct {
	shape    *scene.Shape
	bound    layout.Rect // on screen
	area     float64     // projected
	enclosed bool        // inside a larger country's bound (atlasFacts)
}

// orderFills returns the country fills grouped by fill style, so that a
// backend can draw each style in one call, in the order the styles first
// appear and by code within a style. A country whose bound lies inside a
// larger country's bound goes after all the others: where the atlas has no
// hole for it (the Vatican in Italy), it must be drawn over its neighbour.
// known says the fills' enclosed flags are set; otherwise they are worked
// out here from the screen bounds.
func orderFills(fills []mapFill, known bool) []scene.Item {
	style := map[scene.Fill]int{}
	rank := make([][2]int, len(fills)) // enclave (0 or 1), style
	for i, f := range fills {
		s, ok := style[*f.shape.Fill]
		if !ok {
			s = len(style)
			style[*f.shape.Fill] = s
		}
		rank[i] = [2]int{0, s}
		if known {
			if f.enclosed {
				rank[i][0] = 1
			}
			continue
		}
		for j, g := range fills {
			if j != i && g.area > f.area && f.bound.Inside(g.bound) {
				rank[i][0] = 1
				break
			}
		}
	}
	idx := make([]int, len(fills))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ra, rb := rank[idx[a]], rank[idx[b]]
		if ra[0] != rb[0] {
			return ra[0] < rb[0]
		}
		return ra[1] < rb[1]
	})
	items := make([]scene.Item, len(fills))
	for i, k := range idx {
		items[i] = fills[k].shape
	}
	return items
}
