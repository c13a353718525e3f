package layout

import "testing"

func TestPlaceTip(t *testing.T) {
	frame := Rect{0, 0, 700, 560}
	tests := []struct {
		name   string
		px, py float64
		avoid  []Rect
		want   Rect
	}{
		{"below right of the pointer", 100, 100, []Rect{{95, 95, 10, 10}}, Rect{114, 114, 200, 80}},
		{"pushed inside at the right edge", 650, 100, []Rect{{645, 95, 10, 10}}, Rect{496, 114, 200, 80}},
		{"flipped left at the bottom right", 650, 530, []Rect{{645, 525, 10, 10}}, Rect{436, 476, 200, 80}},
		{"beside a large country, not over it", 300, 200, []Rect{{250, 150, 300, 250}}, Rect{44, 160, 200, 80}},
		{"covering least where nothing is clear", 350, 280, []Rect{{0, 0, 700, 560}}, Rect{364, 294, 200, 80}},
	}
	for _, tt := range tests {
		got := PlaceTip(frame, 200, 80, tt.px, tt.py, tt.avoid)
		if got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if !got.Inside(frame) {
			t.Errorf("%s: %v outside the frame", tt.name, got)
		}
	}
}

func TestPlaceSheet(t *testing.T) {
	m := Rect{0, 100, 360, 200}
	if got := PlaceSheet(m, 400, 60, []Rect{{10, 120, 20, 20}}, nil); got != (Rect{4, 236, 352, 60}) {
		t.Errorf("country at the top: sheet %v, want at the foot", got)
	}
	if got := PlaceSheet(m, 400, 60, []Rect{{10, 260, 20, 20}}, nil); got != (Rect{4, 104, 352, 60}) {
		t.Errorf("country at the foot: sheet %v, want at the top", got)
	}
	// Region buttons along the foot: the sheet sits above them.
	regions := []Rect{{8, 256, 80, 32}, {92, 256, 90, 32}}
	if got := PlaceSheet(m, 300, 60, []Rect{{10, 120, 20, 20}}, regions); got != (Rect{4, 256 - tipGap - 60, 300, 60}) {
		t.Errorf("region buttons at the foot: sheet %v, want above them", got)
	}
	// Region buttons along the top (the side layout): below them.
	top := []Rect{{8, 108, 80, 32}}
	if got := PlaceSheet(m, 300, 60, []Rect{{10, 260, 20, 20}}, top); got != (Rect{4, 140 + tipGap, 300, 60}) {
		t.Errorf("region buttons at the top: sheet %v, want below them", got)
	}
	// A map too short to clear them: the sheet stays inside the map.
	short := Rect{0, 100, 360, 90}
	got := PlaceSheet(short, 300, 60, nil, []Rect{{8, 150, 80, 32}})
	if got.Y < short.Y || got.Y+got.H > short.Y+short.H {
		t.Errorf("short map: sheet %v outside the map %v", got, short)
	}
}
