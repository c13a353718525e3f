package layout

import (
	"math"
	"sync"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
)

// landSteps is the resolution of a landProfile: bands of a fortieth of the
// world's height.
const landSteps = 40

// landFoot is how much of the world's height, from its foot, a
// landProfile knows: the region buttons never take more on the map.
const landFoot = 0.5

// landSpeck is the size, as a fraction of the world's width, under which
// an island does not count as land here (New Zealand's Chatham Islands lie
// at the far left of the map, a few px across on a phone). A country made
// only of specks counts at its anchor, where its marker goes.
const landSpeck = 0.01

// landProfile is, at the world preset, how far from the left land reaches
// near the foot of the map, where the stacked layout would put the region
// buttons: left[i] is the least x of a vertex of any shown country lying
// at most (i+1)/landSteps of the world's height above its foot, both as
// fractions of the world box (geo's "world" region).
type landProfile struct {
	left [landSteps]float64
}

// landProfiles keeps each world's profile: a planner is made for each
// poster and each PreferredHeight call, the world once.
var landProfiles sync.Map // *geo.World → *landProfile

// landOf is world's profile, made once.
func landOf(world *geo.World) *landProfile {
	if lp, ok := landProfiles.Load(world); ok {
		return lp.(*landProfile)
	}
	lp, _ := landProfiles.LoadOrStore(world, newLandProfile(world))
	return lp.(*landProfile)
}

func newLandProfile(world *geo.World) *landProfile {
	lp := &landProfile{}
	for i := range lp.left {
		lp.left[i] = 1
	}
	r, _ := geo.RegionByID("world")
	b := r.Projected()
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	for _, c := range world.Countries {
		if atlas.Hidden(c.Code) || c.Bound.Min[1] > b.Min[1]+landFoot*h {
			continue
		}
		add := func(pt orb.Point) {
			if fy := (pt[1] - b.Min[1]) / h; fy < landFoot {
				k := max(0, int(fy*landSteps))
				lp.left[k] = min(lp.left[k], (pt[0]-b.Min[0])/w)
			}
		}
		shown := false
		for _, poly := range c.Projected {
			if len(poly) == 0 {
				continue
			}
			if pb := poly[0].Bound(); pb.Max[0]-pb.Min[0] < landSpeck*w && pb.Max[1]-pb.Min[1] < landSpeck*w {
				continue
			}
			shown = true
			for _, pt := range poly[0] {
				add(pt)
			}
		}
		if !shown {
			add(c.Anchor) // all specks: where its marker goes
		}
	}
	for i := 1; i < landSteps; i++ {
		lp.left[i] = min(lp.left[i], lp.left[i-1])
	}
	return lp
}

// leftAt is how far from the left of the world box land reaches in its
// bottom fraction f, as a fraction of the box's width: 1 where there is
// none, 0 beyond what the profile knows.
func (lp *landProfile) leftAt(f float64) float64 {
	if lp == nil || !(f > 0) {
		return 1
	}
	k := int(math.Ceil(f*landSteps)) - 1
	if k >= int(landFoot*landSteps) {
		return 0
	}
	return lp.left[k]
}
