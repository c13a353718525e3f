package layout

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestBoxes checks the boxes a poster manifest carries are the layout's:
// the map, every control in focus order, a tick per step; and that they
// read as the manifest's JSON.
func TestBoxes(t *testing.T) {
	s, _ := fixture(t)
	l := planner(t, s, "en").Plan(700, 640, 1, s.Events[0].Question)
	b := l.Boxes()
	if b.Map != (Box{ID: "map", X: l.Map.X, Y: l.Map.Y, W: l.Map.W, H: l.Map.H}) || b.W != 700 || b.H != 640 {
		t.Errorf("map box %+v in %vx%v, want %+v", b.Map, b.W, b.H, l.Map)
	}
	if len(b.Controls) != len(l.Controls) || b.Controls[0].ID != "more" || b.Controls[len(b.Controls)-1].ID != "map" {
		t.Errorf("%d control boxes from %q to %q, want %d from more to map", len(b.Controls), b.Controls[0].ID, b.Controls[len(b.Controls)-1].ID, len(l.Controls))
	}
	if len(b.Ticks) != len(s.Events) || b.TrackY != l.Slider.TrackY {
		t.Errorf("%d ticks at y %v, want %d at %v", len(b.Ticks), b.TrackY, len(s.Events), l.Slider.TrackY)
	}
	js, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"map":{"id":"map","x":0,`, `"controls":[{"id":"more",`, `"ticks":[`, `"trackY":`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("JSON %s lacks %s", js, want)
		}
	}
}
