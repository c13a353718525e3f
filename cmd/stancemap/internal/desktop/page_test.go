package desktop

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// textsOf lists a scene's texts in order.
func textsOf(sc *scene.Scene) []string {
	var out []string
	for _, l := range sc.Layers {
		for _, it := range l.Items {
			if tx, ok := it.(*scene.Text); ok {
				out = append(out, tx.S)
			}
		}
	}
	return out
}

// The pages lay their text out inside the window: the problems that fit,
// then how many more.
func TestPage(t *testing.T) {
	var lines []string
	for i := 0; i < 60; i++ {
		lines = append(lines, "events.csv row 3, column question (C): unknown question \"presidnt\" (events[1].question)")
	}
	p := Page{Heading: "story.json is not a valid story (60 problems)", Lines: lines, Footer: "Fix the story and save it: the map comes back. Ctrl+O opens another story.", Alarm: true}
	sc := p.Scene(theme.Light(), 800, 500)
	texts := textsOf(sc)
	if texts[0] != "story.json is not a valid story (60 problems)" || !strings.HasPrefix(texts[len(texts)-2], "… and ") ||
		!strings.HasPrefix(texts[len(texts)-1], "Fix the story") {
		t.Errorf("texts: %q", texts)
	}
	if p.Scene(theme.Light(), 800, 500).Layers[0].Key != sc.Layers[0].Key || p.Scene(theme.Dark(), 800, 500).Layers[0].Key == sc.Layers[0].Key {
		t.Error("the key does not follow the page")
	}
	pr := &Prompt{Text: strings.Repeat("/very/long/path", 40) + "/story.json"}
	sc = Page{Heading: "Open a story", Prompt: pr}.Scene(theme.Dark(), 640, 400)
	if texts := textsOf(sc); !strings.HasPrefix(texts[1], "…") || !strings.HasSuffix(texts[1], "/story.json") {
		t.Errorf("a long path shows its end: %q", texts)
	}
}
