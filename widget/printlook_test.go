package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/scene"
)

// TestPrintQuestionStandsAlone: a printed page is read without the step
// before it, so its question line never says "new question", even at a
// step where the screen does.
func TestPrintQuestionStandsAlone(t *testing.T) {
	_, world := fixture(t)
	story, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	for i, ev := range story.Events {
		if !ev.QuestionChanged {
			continue
		}
		changed++
		chrome := PrintScene(story, world, PrintOptions{Event: i}).Layer(scene.LayerChrome)
		found := false
		for _, tx := range texts(chrome) {
			if strings.HasPrefix(tx.ID, "print.question") {
				found = true
			}
			if strings.Contains(tx.S, "New question") {
				t.Errorf("step %s: print text %q says new question", ev.ID, tx.S)
			}
		}
		if !found {
			t.Errorf("step %s: no question line on the print page", ev.ID)
		}
	}
	if changed == 0 {
		t.Fatal("the default story has no step with a new question; the test checks nothing")
	}
}
