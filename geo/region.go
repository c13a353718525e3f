package geo

import "github.com/paulmach/orb"

// Region is a named lon/lat box the view can fit, a preset of the widget.
type Region struct {
	ID    string
	Bound orb.Bound // lon/lat degrees
}

// regions lists the presets. The world box stops at 57°S: Antarctica stays in
// the atlas but would take a fifth of the height for no story.
var regions = []Region{
	{"world", orb.Bound{Min: orb.Point{-180, -57}, Max: orb.Point{180, 84}}},
	{"americas", orb.Bound{Min: orb.Point{-168, -56}, Max: orb.Point{-34, 72}}},
	{"south-america-caribbean", orb.Bound{Min: orb.Point{-92, -56}, Max: orb.Point{-34, 27.5}}},
	{"europe", orb.Bound{Min: orb.Point{-25, 34}, Max: orb.Point{45, 71.5}}},
}

// Regions returns the region presets, world first.
func Regions() []Region {
	return append([]Region(nil), regions...)
}

// RegionByID finds a preset by its ID.
func RegionByID(id string) (Region, bool) {
	for _, r := range regions {
		if r.ID == id {
			return r, true
		}
	}
	return Region{}, false
}

// Projected returns the Equal Earth bound of the region. A lon/lat box is
// curved once projected, so its edges are sampled; the presets' bounds are
// sampled once (a layout asks for them several times).
func (r Region) Projected() orb.Bound {
	for i, p := range regions {
		if p.Bound == r.Bound {
			return presetBounds[i]
		}
	}
	return projectBound(r.Bound)
}

// presetBounds holds each preset's projected bound, by its index in
// regions. It is only read after package initialisation, so any goroutine
// may use it.
var presetBounds = func() []orb.Bound {
	bs := make([]orb.Bound, len(regions))
	for i, r := range regions {
		bs[i] = projectBound(r.Bound)
	}
	return bs
}()

func projectBound(lonLat orb.Bound) orb.Bound {
	const steps = 32
	b := orb.Bound{Min: EqualEarth(lonLat.Min), Max: EqualEarth(lonLat.Min)}
	for i := 0; i <= steps; i++ {
		f := float64(i) / steps
		lon := lonLat.Min[0] + f*(lonLat.Max[0]-lonLat.Min[0])
		lat := lonLat.Min[1] + f*(lonLat.Max[1]-lonLat.Min[1])
		for _, p := range [4]orb.Point{
			{lon, lonLat.Min[1]}, {lon, lonLat.Max[1]},
			{lonLat.Min[0], lat}, {lonLat.Max[0], lat},
		} {
			b = b.Extend(EqualEarth(p))
		}
	}
	return b
}
