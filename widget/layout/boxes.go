package layout

// Boxes are where the map and the controls are in a layout, in logical
// px: what a page needs to answer a reader before the widget runs (the
// poster's steps and tooltips), and the one contract between the layout
// and the poster manifest, which carries them as JSON.
type Boxes struct {
	W        float64 `json:"w"`
	H        float64 `json:"h"`
	Map      Box     `json:"map"`
	Controls []Box   `json:"controls"` // in focus order, the map last
	// Ticks are each step's tick on the slider, the x of its centre, and
	// TrackY the slider's centre line.
	Ticks  []float64 `json:"ticks"`
	TrackY float64   `json:"trackY"`
}

// Box is a named box; the map's and the slider's name are "map" and
// "slider", a region button's "region:<id>", a legend entry's
// "legend:<key>".
type Box struct {
	ID string  `json:"id,omitempty"`
	X  float64 `json:"x"`
	Y  float64 `json:"y"`
	W  float64 `json:"w"`
	H  float64 `json:"h"`
}

// Boxes returns the layout's boxes.
func (l *Layout) Boxes() Boxes {
	b := Boxes{W: l.W, H: l.H, Map: box("map", l.Map), TrackY: l.Slider.TrackY}
	for _, c := range l.Controls {
		b.Controls = append(b.Controls, box(c.ID, c.Box))
	}
	b.Ticks = append(b.Ticks, l.Slider.Axis.Ticks...)
	return b
}

func box(id string, r Rect) Box { return Box{ID: id, X: r.X, Y: r.Y, W: r.W, H: r.H} }
