package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
)

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
