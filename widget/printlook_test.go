package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// singleHatch reports whether a pattern is lines in one direction: two such
// patterns differ only by the slant of their lines, which a reader of a
// small black-and-white print cannot tell apart.
func singleHatch(k scene.PatternKind) bool {
	return k == scene.PatternHatch || k == scene.PatternBackHatch
}

// TestGrayscaleDefaultLegible checks the shipped story in black and white:
// sides differ in tone and texture, the "uncertain" hatch is the only
// one-direction hatch on the page, and no data is untextured paper, apart
// from every side.
func TestGrayscaleDefaultLegible(t *testing.T) {
	story, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	pal := newPalette(story, theme.Light(), true, 1)
	hatches := 0
	if singleHatch(pal.uncertainKey(1).Pattern.Kind) {
		hatches++
	}
	for _, s := range story.Sides {
		f := pal.sides[s.ID]
		if singleHatch(f.Pattern.Kind) {
			hatches++
		}
		if d := int(pal.nodata.Color.R) - int(f.Color.R); d < 25 && d > -25 {
			t.Errorf("no data grey %d is within 25 levels of %s's grey %d", pal.nodata.Color.R, s.ID, f.Color.R)
		}
	}
	if hatches > 1 {
		t.Errorf("%d one-direction hatches among the sides and the uncertain key; readers can't tell them apart in print", hatches)
	}
	if pal.nodata.Pattern.Kind != scene.PatternNone {
		t.Errorf("no data has pattern %v in greyscale, want none", pal.nodata.Pattern.Kind)
	}
}

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
