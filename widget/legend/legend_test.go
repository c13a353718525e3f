package legend

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/words"
)

// TestEntries checks the shipped story's key: its entries in order, the
// standing positions only on the steps whose question takes a context,
// counts that add up to the countries on record, and labels in each
// question's words.
func TestEntries(t *testing.T) {
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	l := New(s, world, words.New(s, world, "en"))
	if got, want := strings.Join(l.Keys(), " "), "guaido maduro neutral nodata uncertain standing:guaido standing:maduro standing:neutral"; got != want {
		t.Errorf("keys %q, want %q", got, want)
	}
	for i, e := range s.Events {
		asked := s.QuestionOf(i).Context != ""
		if l.Active("standing:guaido", i) != asked || !l.Active("guaido", i) {
			t.Errorf("%s: standing entries active %v, want %v", e.ID, !asked, asked)
		}
		sum := 0
		for _, key := range l.Keys() {
			if Counted(key) && l.Active(key, i) {
				sum += l.Count(key, i)
			}
		}
		if want := len(s.Stances(i)) + len(s.Standing(i)); sum != want {
			t.Errorf("%s: counts add to %d, want %d countries on record", e.ID, sum, want)
		}
		if got, want := l.Label("maduro", i), s.SideLabel(e.Question, "maduro").In("en", s.Lang); got != want {
			t.Errorf("%s: label %q, want %q", e.ID, got, want)
		}
	}
	if Counted("nodata") || Counted("uncertain") || !Counted("standing:maduro") {
		t.Error("only sides and standing positions are counted")
	}
	if len(New(nil, world, words.New(nil, world, "en")).Keys()) != 0 {
		t.Error("no story has entries")
	}
}
