package data

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestStanceAt(t *testing.T) {
	entries := []Entry{
		{From: day("2019-01-10"), Side: "a", Sources: []string{"s1"}},
		{From: day("2019-02-01"), Side: "a", Sources: []string{"s2"}, Uncertain: true},
		{From: day("2019-03-01"), Side: "b", Sources: []string{"s3"}},
		{From: day("2019-04-01"), Side: "a", Sources: []string{"s4"}},
	}
	cases := []struct {
		date, side, since, source string
		uncertain, ok             bool
	}{
		{"2019-01-09", "", "", "", false, false},
		{"2019-01-10", "a", "2019-01-10", "s1", false, true},
		{"2019-02-15", "a", "2019-01-10", "s2", true, true}, // same side: since is kept
		{"2019-03-01", "b", "2019-03-01", "s3", false, true},
		{"2019-05-01", "a", "2019-04-01", "s4", false, true}, // back to a: a new run
	}
	for _, c := range cases {
		st, ok := stanceAt(entries, day(c.date))
		if ok != c.ok {
			t.Errorf("%s: ok = %v", c.date, ok)
			continue
		}
		if !ok {
			continue
		}
		if st.Side != c.side || st.Since.Format(time.DateOnly) != c.since || st.Sources[0] != c.source || st.Uncertain != c.uncertain {
			t.Errorf("%s: got %+v", c.date, st)
		}
	}
}

func TestDeriveAcrossQuestions(t *testing.T) {
	s := &Story{
		Sides:     []Side{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Questions: []Question{{ID: "q1"}, {ID: "q2"}},
		Events: []Event{
			{ID: "e1", Date: day("2020-01-01"), Question: "q1"},
			{ID: "e2", Date: day("2020-01-02"), Question: "q1"},
			{ID: "e3", Date: day("2020-01-03"), Question: "q2"},
		},
		Countries: []Country{
			{Code: "AAA", Stances: map[string][]Entry{
				"q1": {{From: day("2020-01-01"), Side: "a"}},
				"q2": {{From: day("2020-01-01"), Side: "b"}}}},
			{Code: "BBB", Stances: map[string][]Entry{
				"q1": {{From: day("2020-01-02"), Side: "b"}}}},
		},
	}
	s.derive()
	if got := s.Changes(1); len(got) != 1 || got[0] != (Change{"BBB", "", "b"}) {
		t.Errorf("e2 changes = %v", got)
	}
	if s.Events[1].QuestionChanged || !s.Events[2].QuestionChanged {
		t.Errorf("QuestionChanged = %v %v", s.Events[1].QuestionChanged, s.Events[2].QuestionChanged)
	}
	if got := s.Changes(2); len(got) != 2 || got[0] != (Change{"AAA", "a", "b"}) || got[1] != (Change{"BBB", "b", ""}) {
		t.Errorf("e3 changes = %v", got)
	}
	if c := s.Counts(2); c["a"] != 0 || c["b"] != 1 || c["c"] != 0 || len(c) != 3 {
		t.Errorf("e3 counts = %v", c)
	}
	if s.Stances(3) != nil || s.Changes(-1) != nil || s.Counts(9) != nil || s.QuestionOf(3) != nil {
		t.Error("out-of-range events should give nil")
	}
	if q := s.QuestionOf(2); q == nil || q.ID != "q2" {
		t.Errorf("QuestionOf(2) = %v", q)
	}
}

// TestBaseline checks changes across alternating questions are measured
// against the last step of the same question: q1, q2, q1 compares the third
// step with the first, and each change says what kind it is.
func TestBaseline(t *testing.T) {
	s := &Story{
		Sides:     []Side{{ID: "a"}, {ID: "b"}},
		Questions: []Question{{ID: "q1"}, {ID: "q2"}},
		Events: []Event{
			{ID: "e1", Date: day("2020-01-01"), Question: "q1"},
			{ID: "e2", Date: day("2020-01-02"), Question: "q2"},
			{ID: "e3", Date: day("2020-01-03"), Question: "q1"},
			{ID: "e4", Date: day("2020-01-04"), Question: "q1"},
		},
		Countries: []Country{
			{Code: "AAA", Stances: map[string][]Entry{
				"q1": {{From: day("2020-01-01"), Side: "a"}, {From: day("2020-01-03"), Side: "b"}},
				"q2": {{From: day("2020-01-01"), Side: "b"}}}},
			{Code: "BBB", Stances: map[string][]Entry{
				"q1": {{From: day("2020-01-03"), Side: "a"}}}},
			{Code: "CCC", Stances: map[string][]Entry{
				"q1": {{From: day("2020-01-01"), Side: "a"}}}},
		},
	}
	s.derive()
	for i, want := range []int{-1, -1, 0, 2} {
		if got := s.Baseline(i); got != want {
			t.Errorf("Baseline(%d) = %d, want %d", i, got, want)
		}
	}
	want := []Change{{"AAA", "a", "b"}, {"BBB", "", "a"}}
	if got := s.BaselineChanges(2); len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("BaselineChanges(2) = %v, want %v", got, want)
	}
	if got := s.BaselineChanges(1); got != nil {
		t.Errorf("a first question has no baseline changes: %v", got)
	}
	if s.Baseline(4) != -1 || s.BaselineChanges(-1) != nil {
		t.Error("out of range")
	}
	for c, k := range map[Change]ChangeKind{{"X", "a", "b"}: Switched, {"X", "", "b"}: OnRecord, {"X", "a", ""}: OffRecord} {
		if c.Kind() != k {
			t.Errorf("%v.Kind() = %v, want %v", c, c.Kind(), k)
		}
	}
}

func TestTextIn(t *testing.T) {
	tx := Text{"en": "Backed Guaidó", "ru": ""}
	for _, c := range []struct{ lang, want string }{{"en", "Backed Guaidó"}, {"es", "Backed Guaidó"}, {"ru", "Backed Guaidó"}} {
		if got := tx.In(c.lang, "en"); got != c.want {
			t.Errorf("In(%q) = %q", c.lang, got)
		}
	}
	if got := Text(nil).In("en", "en"); got != "" {
		t.Errorf("nil text = %q", got)
	}
}

func TestProblemsError(t *testing.T) {
	one := Problems{{Path: "events[3].date", Message: `"2019-13-01" is not a date`}}
	if got := one.Error(); got != `story has 1 problem: events[3].date: "2019-13-01" is not a date` {
		t.Errorf("one problem: %q", got)
	}
	two := append(one, Problem{Message: "file-level"})
	if got := two.Error(); !strings.HasPrefix(got, "story has 2 problems:\n  events[3].date") || !strings.HasSuffix(got, "\n  file-level") {
		t.Errorf("two problems: %q", got)
	}
}
