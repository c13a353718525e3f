package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

// TestMoreOpensCaption checks the More button (issue 26): a click or
// Enter opens the step's whole caption over the map, the button then
// reads Less, a second click or Escape closes it, and the text
// alternative carries the whole caption either way.
func TestMoreOpensCaption(t *testing.T) {
	// 700×500: at 600 px this story has room for every summary, and no More.
	w := newTest(t, 700, 500, Options{Event: 3})
	c, ok := w.layout().Control("more")
	if !ok {
		t.Fatal("no More button at 700×500")
	}
	summary := w.words.Tx(w.story.Events[3].Summary)
	shown := func() bool { return findText(w.Scene().Layer(scene.LayerOverlay), "caption.summary") != nil }
	if shown() {
		t.Fatal("summary over the map before More")
	}
	x, y := c.Box.X+c.Box.W/2, c.Box.Y+c.Box.H/2
	w.Handle(Input{Kind: PointerMove, X: x, Y: y})
	w.Handle(Input{Kind: PointerDown, X: x, Y: y})
	w.Handle(Input{Kind: PointerUp, X: x, Y: y})
	if !shown() {
		t.Fatal("a click on More shows no summary")
	}
	if lbl := findText(w.Scene().Layer(scene.LayerChrome), "more.label"); lbl == nil || lbl.S != "Less" {
		t.Errorf("the open button reads %v, want Less", lbl)
	}
	key(w, KeyEscape)
	if shown() {
		t.Error("Escape left the caption open")
	}
	key(w, KeyTab)
	if w.st.Focus() != "more" {
		t.Fatalf("first Tab focuses %q, want more", w.st.Focus())
	}
	key(w, KeyEnter)
	if !shown() {
		t.Error("Enter on More shows no summary")
	}
	if ta := w.TextAlternative(); !strings.Contains(ta, summary[:40]) {
		t.Errorf("text alternative lacks the summary %q", summary[:40])
	}
}
