package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

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
