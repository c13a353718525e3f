package poster

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/layout"
)

// IDImage says which country is where in a poster's map box, so that the
// embed page can name the country under the pointer before the wasm runs,
// without the countries' shapes and without reading pixels back from the
// poster (private modes and some browsers add noise to canvas read-back).
// It is a grid of Cell × Cell logical px over the map box, each cell the
// index of its country in the world's list plus one, 0 for none, kept as
// run-length rows: Rows[y] is "id len id len …" (a blank row is all 0).
type IDImage struct {
	Cell float64  `json:"cell"`
	W    int      `json:"w"` // cells across
	H    int      `json:"h"` // cells down
	Rows []string `json:"rows"`
}

// idCell is the side of an id cell in logical px at a poster width: the
// wide posters' maps are sampled more coarsely, which keeps each width's
// id data small (a 2 px cell is finer than a pointer aims on a page that
// wide, and small states have their marker).
func idCell(width int) float64 {
	if width >= 1000 {
		return 2
	}
	return 1
}

// IDs rasterises the countries of world in a map box of w × h logical px
// at the view the poster's still shows (the story's view, else the
// world: compose.StillRegion, fitted by layout.FitRegion), each
// country by the centres of the cells inside it (even-odd, so holes stay
// holes), then the small-state markers of every step over them as discs.
// A box's position does not change the view but moves it, so one image
// serves every box of its size.
func IDs(story *data.Story, world *geo.World, w, h, cell float64) IDImage {
	gw, gh := int(math.Ceil(w/cell)), int(math.Ceil(h/cell))
	img := IDImage{Cell: cell, W: gw, H: gh}
	if gw <= 0 || gh <= 0 {
		return img
	}
	grid := make([]uint16, gw*gh)
	v := layout.FitRegion(compose.StillRegion(story, ""), layout.Rect{W: w, H: h})
	var xs []float64
	for i, c := range world.Countries {
		if atlas.Hidden(c.Code) {
			continue
		}
		id := uint16(i + 1)
		// The country's edges in cell units.
		type edge struct{ x0, y0, x1, y1 float64 }
		var edges []edge
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, poly := range c.Projected {
			for _, ring := range poly {
				for k := range ring {
					ax, ay := v.ToScreen(ring[k])
					bx, by := v.ToScreen(ring[(k+1)%len(ring)])
					edges = append(edges, edge{ax / cell, ay / cell, bx / cell, by / cell})
					lo, hi = math.Min(lo, math.Min(ay, by)/cell), math.Max(hi, math.Max(ay, by)/cell)
				}
			}
		}
		for y := max(0, int(math.Floor(lo))); y < gh && float64(y) <= hi; y++ {
			yc := float64(y) + 0.5
			xs = xs[:0]
			for _, e := range edges {
				if (e.y0 <= yc) != (e.y1 <= yc) {
					xs = append(xs, e.x0+(yc-e.y0)*(e.x1-e.x0)/(e.y1-e.y0))
				}
			}
			slices.Sort(xs)
			for k := 0; k+1 < len(xs); k += 2 {
				from := max(0, int(math.Ceil(xs[k]-0.5)))
				to := min(gw, int(math.Ceil(xs[k+1]-0.5)))
				for x := from; x < to; x++ {
					grid[y*gw+x] = id
				}
			}
		}
	}
	index := map[string]uint16{}
	for i, c := range world.Countries {
		index[c.Code] = uint16(i + 1)
	}
	for _, m := range world.Markers(v, geo.MarkerSizeFor(v), shownAtAnyStep(story)) {
		disc(grid, gw, gh, m.X/cell, m.Y/cell, m.R/cell, index[m.Codes[0]])
	}
	img.Rows = make([]string, gh)
	for y := range gh {
		img.Rows[y] = runs(grid[y*gw : (y+1)*gw])
	}
	return img
}

// shownAtAnyStep is atlas.Markers' rule for a marker, at any step: a
// marker stays where it is while the reader steps through the poster.
func shownAtAnyStep(story *data.Story) func(code string) bool {
	shown := map[string]bool{}
	for _, code := range story.Subject {
		shown[code] = true
	}
	for i := range story.Events {
		for code := range story.Stances(i) {
			shown[code] = true
		}
		for code := range story.Standing(i) {
			shown[code] = true
		}
	}
	return func(code string) bool { return shown[code] && !atlas.Hidden(code) }
}

// disc sets the cells whose centres are within r of (cx, cy) to id.
func disc(grid []uint16, gw, gh int, cx, cy, r float64, id uint16) {
	for y := max(0, int(cy-r)); y < gh && float64(y) <= cy+r; y++ {
		for x := max(0, int(cx-r)); x < gw && float64(x) <= cx+r; x++ {
			dx, dy := float64(x)+0.5-cx, float64(y)+0.5-cy
			if dx*dx+dy*dy <= r*r {
				grid[y*gw+x] = id
			}
		}
	}
}

// runs is a row as "id len id len …", "" when it is all 0.
func runs(row []uint16) string {
	var b strings.Builder
	for x := 0; x < len(row); {
		n := 1
		for x+n < len(row) && row[x+n] == row[x] {
			n++
		}
		if row[x] == 0 && n == len(row) {
			return ""
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(int(row[x])) + " " + strconv.Itoa(n))
		x += n
	}
	return b.String()
}
