package widget

import (
	"testing"
	"time"

	"github.com/stancemap/stancemap/widget/scene"
)

// A notice shows over the map, keeps the widget busy while it fades, and
// then leaves the overlay as it was.
func TestNotify(t *testing.T) {
	w := newTest(t, 800, 500, Options{})
	before := w.Scene().Layer(scene.LayerOverlay).Key
	if w.Busy() {
		t.Fatal("busy before any notice")
	}
	w.Notify("  Saved\tstancemap-guaido-claim-en.png ")
	if got := w.Notice(); got != "Saved stancemap-guaido-claim-en.png" {
		t.Errorf("Notice() = %q", got)
	}
	if w.Announcement() != w.Notice() {
		t.Errorf("announcement %q, want the notice", w.Announcement())
	}
	ov := w.Scene().Layer(scene.LayerOverlay)
	if ov.Key == before {
		t.Error("the overlay key did not change")
	}
	txt := findText(ov, "notice.text")
	if txt == nil || txt.S != w.Notice() {
		t.Fatalf("notice text %+v", txt)
	}
	m := w.layout().Map
	if txt.X < m.X || txt.X > m.X+m.W || txt.Y < m.Y || txt.Y > m.Y+m.H {
		t.Errorf("notice at (%.0f, %.0f), outside the map %+v", txt.X, txt.Y, m)
	}
	writePNG(t, w.Scene(), "look_notify.png")
	full := txt.Color.A
	redraws, steps := 0, 0
	for elapsed := time.Duration(0); w.Busy(); elapsed += 16 * time.Millisecond {
		if elapsed > 5*time.Second {
			t.Fatal("still busy long after the notice should have gone")
		}
		if w.Advance(16 * time.Millisecond) {
			redraws++
			if tx := findText(w.Scene().Layer(scene.LayerOverlay), "notice.text"); tx != nil {
				if tx.Color.A >= full {
					t.Errorf("fade step %d: alpha %d, not below %d", steps, tx.Color.A, full)
				}
				full = tx.Color.A
				steps++
			}
		}
	}
	// A notice shows for 4 s and fades out in 6 steps (package state).
	if redraws != 6 || steps != 5 {
		t.Errorf("%d redraws and %d fading frames, want 6 and 5: only fade steps should redraw", redraws, steps)
	}
	if w.Notice() != "" || findText(w.Scene().Layer(scene.LayerOverlay), "notice.text") != nil {
		t.Error("the notice is still shown")
	}
	if k := w.Scene().Layer(scene.LayerOverlay).Key; k != before {
		t.Error("the overlay did not return to what it was")
	}
	w.Notify("x")
	w.Notify("")
	if w.Busy() || w.Notice() != "" {
		t.Error("an empty Notify did not remove the notice")
	}
}
