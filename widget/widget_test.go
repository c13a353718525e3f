package widget

import (
	"image/color"
	"testing"
	"time"

	"github.com/stancemap/stancemap/widget/scene"
)

func TestMapColoursAt23Jan2019(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	m := w.Scene().Layer(scene.LayerMap)
	guaido := color.NRGBA{0x00, 0x72, 0xb2, 0xff}
	maduro := color.NRGBA{0xd5, 0x5e, 0x00, 0xff}
	for code, want := range map[string]color.NRGBA{"USA": guaido, "BRA": guaido, "RUS": maduro, "BOL": maduro} {
		got, ok := fillOf(m, code)
		if !ok || got != want {
			t.Errorf("%s fill = %v (found %v), want %v", code, got, ok, want)
		}
	}
	if findText(m, "label:VEN") == nil {
		t.Error("Venezuela is not labelled")
	}
	if _, ok := fillOf(m, "ATA"); ok {
		t.Error("Antarctica is drawn")
	}
	// No data and neutral differ.
	nd, _ := fillOf(m, "NGA")
	ne, _ := fillOf(m, "MEX")
	if nd == ne {
		t.Error("no data looks like neutral")
	}
}

func TestStepping(t *testing.T) {
	tests := []struct {
		name  string
		start int
		do    func(t *testing.T, w *Widget)
		want  int
	}{
		{"right", 2, func(t *testing.T, w *Widget) { key(w, KeyRight) }, 3},
		{"left", 2, func(t *testing.T, w *Widget) { key(w, KeyLeft) }, 1},
		{"home", 5, func(t *testing.T, w *Widget) { key(w, KeyHome) }, 0},
		{"end", 1, func(t *testing.T, w *Widget) { key(w, KeyEnd) }, 7},
		{"right at end", 7, func(t *testing.T, w *Widget) { key(w, KeyRight) }, 7},
		{"click tick 6", 0, func(t *testing.T, w *Widget) {
			click(w, w.layout().Slider.Axis.Ticks[6], w.layout().Slider.TrackY)
		}, 6},
		{"click under a tick label", 0, func(t *testing.T, w *Widget) {
			click(w, w.layout().Slider.Axis.Ticks[4]+2, w.layout().Slider.LabelY+4)
		}, 4},
		{"drag snaps to nearest", 0, func(t *testing.T, w *Widget) {
			a := w.layout().Slider.Axis
			y := w.layout().Slider.TrackY
			w.Handle(Input{Kind: PointerDown, X: a.Ticks[0], Y: y})
			w.Handle(Input{Kind: PointerMove, X: a.Ticks[5] + 3, Y: y + 20})
			w.Handle(Input{Kind: PointerMove, X: a.Ticks[6] - 2, Y: y})
			w.Handle(Input{Kind: PointerUp, X: a.Ticks[6] - 2, Y: y})
		}, 6},
		{"play advances and stops at end", 4, func(t *testing.T, w *Widget) {
			key(w, KeySpace)
			if !w.Busy() {
				t.Error("not busy while playing")
			}
			if w.Advance(time.Second) {
				t.Error("stepped after 1 s")
			}
			for i := 0; i < 10; i++ {
				w.Advance(2500 * time.Millisecond)
			}
			if w.Busy() {
				t.Error("still busy at the end")
			}
		}, 7},
		{"play button", 0, func(t *testing.T, w *Widget) {
			p := ctlRect(t, w, "play")
			click(w, p.X+p.W/2, p.Y+p.H/2)
			w.Advance(2600 * time.Millisecond)
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTest(t, 1280, 720, Options{Event: tt.start})
			w.layout()
			tt.do(t, w)
			if got := w.Event(); got != tt.want {
				t.Errorf("step = %d, want %d", got, tt.want)
			}
			ns := w.Notices()
			if tt.start != tt.want && (len(ns) == 0 || ns[len(ns)-1].Kind != "eventchange" || ns[len(ns)-1].Event != tt.want) {
				t.Errorf("notices %+v, want a final eventchange to %d", ns, tt.want)
			}
		})
	}
}

func TestIdleAndChangeReports(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	w.Scene()
	if w.Busy() {
		t.Error("busy when idle")
	}
	if w.Advance(time.Second) {
		t.Error("idle Advance asked for a redraw")
	}
	if w.Handle(Input{Kind: PointerMove, X: 5, Y: 700}) {
		t.Error("moving over empty space reported a change")
	}
	if w.Handle(Input{Kind: PointerMove, X: 6, Y: 700}) {
		t.Error("second move over empty space reported a change")
	}
	if w.Handle(Input{Kind: KeyPress, Key: KeyLeft}) != true {
		t.Error("a step change reported no change")
	}
}
