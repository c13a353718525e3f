package widget

import (
	"image/color"
	"strings"
	"testing"
	"time"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/state"
)

// anchorOf returns the screen position of a country's label anchor.
func anchorOf(t *testing.T, w *Widget, code string) (float64, float64) {
	t.Helper()
	c := w.world.Country(code)
	if c == nil {
		t.Fatalf("no country %s", code)
	}
	return w.View().ToScreen(c.Anchor)
}

func ctlRect(t *testing.T, w *Widget, id string) layout.Rect {
	t.Helper()
	w.layout()
	for _, c := range w.layout().Controls {
		if c.ID == id {
			return c.Box
		}
	}
	t.Fatalf("no control %s", id)
	return layout.Rect{}
}

func click(w *Widget, x, y float64) {
	w.Handle(Input{Kind: PointerMove, X: x, Y: y})
	w.Handle(Input{Kind: PointerDown, X: x, Y: y})
	w.Handle(Input{Kind: PointerUp, X: x, Y: y})
}

func key(w *Widget, k Key) bool { return w.Handle(Input{Kind: KeyPress, Key: k}) }

func fillOf(l *scene.Layer, id string) (color.NRGBA, bool) {
	for _, it := range l.Items {
		if s, ok := it.(*scene.Shape); ok && s.ID == id && s.Fill != nil {
			return s.Fill.Color, true
		}
	}
	return color.NRGBA{}, false
}

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

func TestHoverTooltip(t *testing.T) {
	tests := []struct {
		lang, code string
		want       map[string]string
	}{
		{"en", "BRA", map[string]string{"tip.name": "Brazil", "tip.side": "Backed Guaidó", "tip.since": "since 23 Jan 2019", "tip.sources": "Source: Reuters"}},
		{"es", "BRA", map[string]string{"tip.name": "Brasil", "tip.side": "Apoyó a Guaidó", "tip.since": "desde el 23 ene 2019"}},
		{"ru", "RUS", map[string]string{"tip.name": "Россия", "tip.side": "За Мадуро", "tip.since": "с 23 янв. 2019", "tip.sources": "Источник: TASS"}},
		{"en", "NGA", map[string]string{"tip.name": "Nigeria", "tip.side": "No statement found"}},
		{"en", "VEN", map[string]string{"tip.name": "Venezuela", "tip.side": "The country this map is about"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.code, func(t *testing.T) {
			w := newTest(t, 1280, 720, Options{Event: 2, Lang: tt.lang})
			x, y := anchorOf(t, w, tt.code)
			if !w.Handle(Input{Kind: PointerMove, X: x, Y: y}) {
				t.Error("hover reported no visible change")
			}
			if w.Hovered() != tt.code {
				t.Fatalf("hovered %q, want %s", w.Hovered(), tt.code)
			}
			ov := w.Scene().Layer(scene.LayerOverlay)
			for id, want := range tt.want {
				got := findText(ov, id)
				if got == nil || !strings.HasPrefix(got.S, want) {
					t.Errorf("%s = %+v, want %q", id, got, want)
				}
			}
			for _, txt := range texts(ov) {
				if !textBox(txt).Inside(layout.Rect{X: 0, Y: 0, W: 1280, H: 720}) {
					t.Errorf("tooltip text %q outside the widget", txt.S)
				}
			}
		})
	}
}

func TestUncertainTooltipAndHatch(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 7})
	x, y := anchorOf(t, w, "ARG")
	w.Handle(Input{Kind: PointerMove, X: x, Y: y})
	sc := w.Scene()
	if s := findText(sc.Layer(scene.LayerOverlay), "tip.side"); s == nil || !strings.Contains(s.S, "Uncertain") {
		t.Errorf("tip.side = %+v, want uncertainty", s)
	}
	if n := findText(sc.Layer(scene.LayerOverlay), "tip.note"); n == nil || !strings.Contains(n.S, "Argentina kept") {
		t.Errorf("tip.note = %+v", n)
	}
	for _, it := range sc.Layer(scene.LayerMap).Items {
		if s, ok := it.(*scene.Shape); ok && s.ID == "ARG" && (s.Fill == nil || s.Fill.Pattern.Kind == scene.PatternNone) {
			t.Error("uncertain Argentina is not hatched")
		}
	}
}

func TestClickPinsAndEscapeUnpins(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	x, y := anchorOf(t, w, "BRA")
	click(w, x, y)
	if w.Pinned() != "BRA" {
		t.Fatalf("pinned %q", w.Pinned())
	}
	ns := w.Notices()
	if len(ns) != 1 || ns[0] != (Notice{Kind: "countryclick", Event: 2, Code: "BRA"}) {
		t.Errorf("notices %+v", ns)
	}
	if a := w.Announcement(); a != "Brazil: Backed Guaidó since 23 Jan 2019" {
		t.Errorf("announcement %q", a)
	}
	w.Handle(Input{Kind: PointerMove, X: 5, Y: 700})
	if findText(w.Scene().Layer(scene.LayerOverlay), "tip.name") == nil {
		t.Error("pinned tooltip closed when the pointer left")
	}
	if !key(w, KeyEscape) || w.Pinned() != "" {
		t.Error("Escape did not unpin")
	}
	if findText(w.Scene().Layer(scene.LayerOverlay), "tip.name") != nil {
		t.Error("tooltip still drawn")
	}
}

func TestDragIsNotClick(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	w.layout()
	m := w.layout().Map
	w.Handle(Input{Kind: Wheel, X: m.X + m.W/2, Y: m.Y + m.H/2, DY: -800}) // zoomed in, the map can pan
	x, y := m.X+m.W/2-20, m.Y+m.H/2-10
	before := w.View()
	w.Handle(Input{Kind: PointerDown, X: x, Y: y})
	w.Handle(Input{Kind: PointerMove, X: x + 2, Y: y + 1})
	if w.View() != before {
		t.Error("a 2 px move panned")
	}
	w.Handle(Input{Kind: PointerMove, X: x + 30, Y: y + 10})
	if w.Cursor() != CursorGrab {
		t.Error("cursor not grab while dragging")
	}
	w.Handle(Input{Kind: PointerUp, X: x + 30, Y: y + 10})
	if w.Pinned() != "" || len(w.Notices()) != 0 {
		t.Error("a drag pinned a country")
	}
	v := w.View()
	if dx, _ := v.ToScreen(before.Center); dx-(before.X+before.W/2) != 30 {
		t.Errorf("map moved %v px, want 30", dx-(before.X+before.W/2))
	}
}

func TestLegendHoverHighlights(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	r := ctlRect(t, w, "legend:maduro")
	before := w.Scene()
	mapKey := before.Layer(scene.LayerMap).Key
	w.Handle(Input{Kind: PointerMove, X: r.X + 3, Y: r.Y + r.H/2})
	sc := w.Scene()
	if sc.Layer(scene.LayerMap).Key != mapKey {
		t.Error("legend hover changed the map key")
	}
	got := map[string]bool{}
	veil := false
	for _, it := range sc.Layer(scene.LayerOverlay).Items {
		switch v := it.(type) {
		case *scene.Shape:
			got[v.ID] = true
		case *scene.Rect:
			veil = veil || v.ID == "veil"
		}
	}
	if !veil {
		t.Error("no veil dims the other countries")
	}
	for _, code := range []string{"RUS", "CUB", "BOL"} {
		if !got["highlight:"+code] {
			t.Errorf("%s not highlighted", code)
		}
	}
	for _, code := range []string{"USA", "BRA", "MEX", "NGA"} {
		if got["highlight:"+code] {
			t.Errorf("%s highlighted", code)
		}
	}
}

func TestZoom(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	// Zoom in at the centre first, so the map is larger than its box both
	// ways and the clamp leaves an off-centre zoom alone.
	w.layout()
	m := w.layout().Map
	w.Handle(Input{Kind: Wheel, X: m.X + m.W/2, Y: m.Y + m.H/2, DY: -600})
	x, y := anchorOf(t, w, "NER")
	p := w.View().FromScreen(x, y)
	w.Handle(Input{Kind: Wheel, X: x, Y: y, DY: -300})
	v := w.View()
	if v.Scale <= layout.FitRegion("world", w.layout().Map).Scale*3 {
		t.Fatalf("wheel did not zoom: %v", v.Scale/layout.FitRegion("world", w.layout().Map).Scale)
	}
	if gx, gy := v.ToScreen(p); abs(gx-x) > 1e-6 || abs(gy-y) > 1e-6 {
		t.Errorf("point under the pointer moved to %v,%v from %v,%v", gx, gy, x, y)
	}
	w.Handle(Input{Kind: Pinch, X: x, Y: y, Factor: 1.5})
	if gx, gy := w.View().ToScreen(p); abs(gx-x) > 1e-6 || abs(gy-y) > 1e-6 {
		t.Error("pinch moved the point under the fingers")
	}
	for i := 0; i < 50; i++ {
		w.Handle(Input{Kind: Wheel, X: x, Y: y, DY: -500})
	}
	lo, hi := state.ScaleLimits(w.layout().Map)
	if s := w.View().Scale; s > hi*(1+1e-9) {
		t.Errorf("scale %v over max %v", s, hi)
	}
	for i := 0; i < 80; i++ {
		w.Handle(Input{Kind: Wheel, X: x, Y: y, DY: 500})
	}
	if s := w.View().Scale; s < lo*(1-1e-9) {
		t.Errorf("scale %v under min %v", s, lo)
	}
	// Buttons zoom about the map's centre.
	w.Handle(Input{Kind: KeyPress, Key: KeyZero})
	s0 := w.View().Scale
	zr := ctlRect(t, w, "zoomIn")
	click(w, zr.X+zr.W/2, zr.Y+zr.H/2)
	if s := w.View().Scale; abs(s/s0-1.5) > 1e-9 {
		t.Errorf("zoom button scale ratio %v", s/s0)
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func TestRegionButtonsAndReset(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	for _, id := range []string{"europe", "americas", "world"} {
		r := ctlRect(t, w, "region:"+id)
		click(w, r.X+r.W/2, r.Y+r.H/2)
		if w.Region() != id || w.View() != layout.FitRegion(id, w.layout().Map) {
			t.Errorf("after %s button: region %s view %+v", id, w.Region(), w.View())
		}
	}
	if err := w.SetRegion("mars"); err == nil {
		t.Error("unknown region accepted")
	}
	w.Handle(Input{Kind: Wheel, X: 800, Y: 300, DY: -200})
	r := ctlRect(t, w, "reset")
	click(w, r.X+r.W/2, r.Y+r.H/2)
	if w.View() != layout.FitRegion("world", w.layout().Map) {
		t.Error("reset did not refit the start region")
	}
}

func TestKeyboardFocus(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 2})
	w.layout()
	var order []string
	for range w.layout().Controls {
		key(w, KeyTab)
		order = append(order, w.st.Focus())
	}
	want := []string{"more", "slider", "play", "zoomIn", "zoomOut", "reset", "region:world", "region:americas", "region:europe",
		"legend:guaido", "legend:maduro", "legend:neutral", "legend:nodata", "legend:uncertain", "map"}
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("focus order\n%v\nwant\n%v", order, want)
	}
	ring := false
	for _, it := range w.Scene().Layer(scene.LayerChrome).Items {
		if r, ok := it.(*scene.Rect); ok && r.ID == "focus:map" {
			ring = r.X >= 0 && r.Y >= 0 && r.X+r.W <= 1280 && r.Y+r.H <= 720
		}
	}
	if !ring {
		t.Error("no focus ring inside the widget on the map")
	}
	// Arrows on the map move a country selection.
	key(w, KeyEnter)
	first := w.Pinned()
	if first == "" {
		t.Fatal("Enter on the map selected nothing")
	}
	key(w, KeyRight)
	if w.Pinned() == first || w.Pinned() == "" {
		t.Errorf("Right kept %q", w.Pinned())
	}
	// Shift+Tab back to a legend entry highlights its countries.
	w.Handle(Input{Kind: KeyPress, Key: KeyTab, Shift: true})
	w.Handle(Input{Kind: KeyPress, Key: KeyTab, Shift: true})
	if w.st.Highlight() != "nodata" {
		t.Errorf("legend highlight %q", w.st.Highlight())
	}
	// Enter on a focused button activates it.
	for w.st.Focus() != "play" {
		key(w, KeyTab)
	}
	key(w, KeyEnter)
	if !w.Playing() {
		t.Error("Enter on play did not play")
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

func TestAnnouncementAndTextAlternative(t *testing.T) {
	w := newTest(t, 1280, 720, Options{Event: 1})
	key(w, KeyRight)
	a := w.Announcement()
	for _, want := range []string{"23 Jan 2019: Guaidó declares himself acting president.", "Backed Guaidó: 7 countries", "Backed Maduro: 3 countries"} {
		if !strings.Contains(a, want) {
			t.Errorf("announcement %q lacks %q", a, want)
		}
	}
	ta := w.TextAlternative()
	for _, want := range []string{"23 January 2019.", "Backed Maduro (3 countries): Bolivia, Cuba, Russia.", "Whom did the government recognise"} {
		if !strings.Contains(ta, want) {
			t.Errorf("text alternative lacks %q:\n%s", want, ta)
		}
	}
	ru := newTest(t, 1280, 720, Options{Event: 2, Lang: "ru"})
	if a := ru.Announcement(); !strings.Contains(a, "За Мадуро: 3 страны") {
		t.Errorf("ru announcement %q", a)
	}
}

func TestCaptionChanges(t *testing.T) {
	tests := []struct {
		step int
		id   string
		want string
	}{
		{2, "caption.question", "New question. The colours now show: Whom did the government recognise as president?"},
		{3, "caption.changes", "Switched sides since 23 Jan 2019: China and Türkiye: Neutral → Backed Maduro. Newly on record: Haiti (Backed Guaidó)."},
		{4, "caption.changes", "No change since 24 Jan 2019."},
		{5, "caption.changes", "Australia and Israel: Neutral → Backed Guaidó"},
	}
	for _, tt := range tests {
		// Map first: the caption shows a line of what changed; the whole
		// of it opens over the map with More (the first control).
		w := newTest(t, 1920, 1080, Options{Event: tt.step})
		key(w, KeyTab)
		key(w, KeyEnter)
		var all []string
		for _, txt := range texts(w.Scene().Layer(scene.LayerOverlay)) {
			if txt.ID == tt.id {
				all = append(all, txt.S)
			}
		}
		if got := strings.Join(all, " "); !strings.Contains(got, tt.want) {
			t.Errorf("step %d %s %q, want %q", tt.step, tt.id, got, tt.want)
		}
	}
	// Switched countries are outlined on the map; one newly on record is not.
	w := newTest(t, 1920, 1080, Options{Event: 3})
	outlined := map[string]bool{}
	for _, it := range w.Scene().Layer(scene.LayerMap).Items {
		if s, ok := it.(*scene.Shape); ok && strings.HasPrefix(s.ID, "changed:") {
			outlined[strings.TrimPrefix(s.ID, "changed:")] = true
		}
	}
	if !outlined["TUR"] || !outlined["CHN"] || outlined["HTI"] || len(outlined) != 2 {
		t.Errorf("outlined %v, want Türkiye and China only (Haiti is new on record, not a switch)", outlined)
	}
	if a := w.Announcement(); !strings.Contains(a, "Switched sides since 23 Jan 2019") {
		t.Errorf("announcement lacks the switches: %q", a)
	}
}
