package ebitenui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/scene"
)

// stripMiterLimit is how far (in half widths) a mitred join of a hairline
// strip may reach from its point; a sharper join ends the strip square
// and starts a new one, as a quad per segment would look.
const stripMiterLimit = 2

// stripBuf holds a run's points and segment directions between calls.
type stripBuf struct {
	pts  []scene.Point // target px, no point repeated
	dirs []stripDir    // dirs[i] goes from pts[i] to pts[i+1] (wrapping when closed)
}

type stripDir struct{ ux, uy float64 } // unit direction

// appendStrip appends an opaque hairline run, w target px wide, as one
// band of triangles with two vertices a point, set off to either side
// along the mitred normal: half the vertices of a quad per segment, which
// is what the map's borders cost most of a redraw in (building them, then
// Ebiten copying them on). Open ends are square and reach w/2 past the
// end point. A join whose mitre would reach past stripMiterLimit half
// widths ends the band there, square, and starts it again. Where segments
// are shorter than the mitre reaches along them (a turn between points
// under a pixel apart), the band folds over itself on the inner
// side: its triangles overlap there, and at square joins and where runs
// meet, so it is only for opaque colours, drawn with FillRuleFillAll.
// TestStripCoversTheLine checks that it still covers the line without
// gaps or spikes.
func (p *painter) appendStrip(vs []ebiten.Vertex, is []uint16, r geom.Run, w float64) ([]ebiten.Vertex, []uint16) {
	h := w / 2
	sb := &p.strip
	pts := sb.pts[:0]
	for _, q := range r.Pts {
		t := scene.Point{X: q.X * p.k, Y: q.Y * p.k}
		if len(pts) > 0 && pts[len(pts)-1] == t {
			continue
		}
		pts = append(pts, t)
	}
	closed := r.Closed
	if closed && len(pts) > 1 && pts[0] == pts[len(pts)-1] {
		pts = pts[:len(pts)-1]
	}
	if closed && len(pts) < 3 {
		closed = false
	}
	sb.pts = pts
	if len(pts) < 2 {
		return vs, is
	}
	n := len(pts)
	segs := n - 1
	if closed {
		segs = n
	}
	dirs := sb.dirs[:0]
	for i := 0; i < segs; i++ {
		a, b := pts[i], pts[(i+1)%n]
		dx, dy := b.X-a.X, b.Y-a.Y
		l := math.Hypot(dx, dy)
		dirs = append(dirs, stripDir{dx / l, dy / l})
	}
	sb.dirs = dirs

	// At most two pairs a point and a closing pair, six indices a pair.
	vs, is = reserve(vs, 4*n+2), reserve(is, 12*n+6)
	joined := false // the last pair appended continues into the next
	pair := func(x, y, ox, oy float64) {
		base := uint16(len(vs))
		vs = append(vs,
			ebiten.Vertex{DstX: float32(x + ox), DstY: float32(y + oy)},
			ebiten.Vertex{DstX: float32(x - ox), DstY: float32(y - oy)})
		if joined {
			is = append(is, base-2, base, base+1, base-2, base+1, base-1)
		}
		joined = true
	}
	// square puts a pair at q moved by s half widths along d: s = -1
	// starts a band, s = 1 ends one.
	square := func(q scene.Point, d stripDir, s float64) {
		pair(q.X+s*d.ux*h, q.Y+s*d.uy*h, -d.uy*h, d.ux*h)
	}
	// mitre is the offset at a point between segments a and b.
	mitre := func(a, b stripDir) (ox, oy float64, ok bool) {
		mx, my := -(a.uy + b.uy), a.ux+b.ux // the sum of both left normals
		ml := math.Hypot(mx, my)
		if ml < 1e-9 {
			return 0, 0, false // turns right back
		}
		mx, my = mx/ml, my/ml
		c := -mx*b.uy + my*b.ux // the cosine of half the turn
		if c*stripMiterLimit < 1 {
			return 0, 0, false
		}
		return mx * h / c, my * h / c, true
	}

	// The first point: a mitre with the last segment when closed.
	var ox0, oy0 float64
	mitred0 := false
	if closed {
		ox0, oy0, mitred0 = mitre(dirs[segs-1], dirs[0])
	}
	if mitred0 {
		pair(pts[0].X, pts[0].Y, ox0, oy0)
	} else {
		square(pts[0], dirs[0], -1)
	}
	for i := 1; i < n; i++ {
		last := !closed && i == n-1
		if !last {
			if ox, oy, ok := mitre(dirs[i-1], dirs[i]); ok {
				pair(pts[i].X, pts[i].Y, ox, oy)
				continue
			}
		}
		square(pts[i], dirs[i-1], 1)
		joined = false
		if !last {
			square(pts[i], dirs[i], -1)
		}
	}
	if closed {
		if mitred0 {
			pair(pts[0].X, pts[0].Y, ox0, oy0)
		} else {
			square(pts[0], dirs[segs-1], 1)
		}
	}
	return vs, is
}
