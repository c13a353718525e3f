package words

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
)

// fixture loads the shipped story and the world atlas (datatest.Shipped).
func fixture(t testing.TB) (*data.Story, *geo.World) {
	t.Helper()
	return datatest.Shipped(t)
}

// TestQuestionSwitchSaysWhatColoursMean checks every step where the
// question changes says so and gives the new question, in every language.
func TestQuestionSwitchSaysWhatColoursMean(t *testing.T) {
	s, world := fixture(t)
	want := map[string]string{"en": "New question. The colours now show: ", "es": "Nueva pregunta. Ahora los colores muestran: ", "ru": "Новый вопрос. Теперь цвета показывают: "}
	for i, ev := range s.Events {
		for lang, prefix := range want {
			q := New(s, world, lang).QuestionLine(i)
			if got := strings.HasPrefix(q, prefix); got != (i > 0 && ev.QuestionChanged) {
				t.Errorf("%s %s: question line %q", ev.ID, lang, q)
			}
			if !strings.Contains(q, s.QuestionOf(i).Text.In(lang, s.Lang)) {
				t.Errorf("%s %s: question line lacks the question: %q", ev.ID, lang, q)
			}
		}
	}
}

// TestNothingToSay checks words of no story say nothing, and a step out of
// range is no step.
func TestNothingToSay(t *testing.T) {
	s, world := fixture(t)
	if got := New(nil, world, "en").StepAnnouncement(0); got != "" {
		t.Errorf("no story announces %q", got)
	}
	if got := New(s, nil, "en").TextAlternative(0); got != "" {
		t.Errorf("no world: text alternative %q", got)
	}
	if got := New(s, world, "en").TextAlternative(len(s.Events)); got != "" {
		t.Errorf("a step past the end: text alternative %q", got)
	}
	if got := New(nil, nil, "xx").Lang(); got != "en" {
		t.Errorf("an unknown language is %q, want en", got)
	}
}
