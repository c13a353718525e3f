package data

import (
	"strings"
	"testing"
	"time"
)

// withAssembly adds to the example a second question, in the words of its
// own side labels and taking its context from the president question, and
// a step that asks it.
func withAssembly(t *testing.T, labels, context string) []byte {
	t.Helper()
	return mutate(t,
		`{"id": "president", "text": {"en": "Whom did the government recognise as president?", "es": "¿A quién reconocía el gobierno como presidente?"}}`,
		`{"id": "president", "text": {"en": "Whom did the government recognise as president?", "es": "¿A quién reconocía el gobierno como presidente?"}},
    {"id": "assembly", "text": {"en": "Whom did it back to lead the Assembly?"}`+labels+context+`}`,
		`"question": "president", "note": {"en": "An example note."}, "sources": ["E3"]}`,
		`"question": "president", "note": {"en": "An example note."}, "sources": ["E3"]},
    {"id": "assembly-vote", "date": "2020-01-05", "headline": {"en": "Rival votes"}, "summary": {"en": "Two votes."}, "question": "assembly"}`,
		`{"code": "USA", "stances": {"president": [
      {"from": "2019-01-23", "side": "guaido", "sources": ["G4"]}]}}`,
		`{"code": "USA", "stances": {"president": [
      {"from": "2019-01-23", "side": "guaido", "sources": ["G4"]}], "assembly": [
      {"from": "2020-01-05", "side": "guaido", "sources": ["G4"]}]}}`)
}

func TestQuestionLabels(t *testing.T) {
	s, err := Load(withAssembly(t, `, "labels": {"guaido": {"en": "Backed Guaidó for the Assembly", "es": "Por Guaidó en la Asamblea"}, "_about": "a comment"}`, ""), Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ question, side, lang, want string }{
		{"assembly", "guaido", "en", "Backed Guaidó for the Assembly"},
		{"assembly", "guaido", "es", "Por Guaidó en la Asamblea"},
		{"assembly", "maduro", "en", "Backed Maduro"}, // no label of its own: the side's
		{"president", "guaido", "en", "Backed Guaidó"},
		{"nope", "neutral", "es", "Neutral o sin postura"},
		{"assembly", "parra", "en", ""},
	}
	for _, c := range cases {
		if got := s.SideLabel(c.question, c.side).In(c.lang, s.Lang); got != c.want {
			t.Errorf("SideLabel(%s, %s) in %s = %q, want %q", c.question, c.side, c.lang, got, c.want)
		}
	}
	if q := s.Question("assembly"); q.Context != "" {
		t.Errorf("context = %q, want none", q.Context)
	}
	if s.Standing(2) != nil {
		t.Errorf("a question without context has no standing positions: %v", s.Standing(2))
	}
}

func TestQuestionProblems(t *testing.T) {
	cases := []struct {
		name, labels, context string
		want                  []string
	}{
		{"unknown side", `, "labels": {"parra": {"en": "Backed Parra"}}`, "",
			[]string{`questions[1].labels.parra: unknown side "parra" (sides: guaido, maduro, neutral)`}},
		{"not an object", `, "labels": ["Backed Guaidó"]`, "",
			[]string{`questions[1].labels: must be an object of side id -> text, not an array`}},
		{"label not text", `, "labels": {"guaido": "Backed Guaidó"}`, "",
			[]string{`questions[1].labels.guaido: must be an object of language -> text, not a string`}},
		{"label language", `, "labels": {"guaido": {"en": "x", "ru": "y"}}`, "",
			[]string{`questions[1].labels.guaido.ru: language "ru" is not in the story's langs`}},
		{"label without default language", `, "labels": {"guaido": {"es": "y"}}`, "",
			[]string{`questions[1].labels.guaido.en: text in the default language "en" is required`}},
		{"label twice", `, "labels": {"guaido": {"en": "x"}, "guaido": {"en": "y"}}`, "",
			[]string{`questions[1].labels.guaido: appears more than once`}},
		{"unknown context", "", `, "context": "presidency"`,
			[]string{`questions[1].context: unknown question "presidency"`}},
		{"own context", "", `, "context": "assembly"`,
			[]string{`questions[1].context: "assembly" is the question itself`}},
		{"context not a string", "", `, "context": ["president"]`,
			[]string{`questions[1].context: must be a string, not an array`}},
		{"unknown question field", "", `, "contxt": "president"`,
			[]string{`questions[1].contxt: unknown field`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(withAssembly(t, c.labels, c.context), Options{})
			if err == nil {
				t.Fatal("want problems, got none")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("no problem mentions %q; got:\n%s", w, err)
				}
			}
		})
	}
}

// TestStanding checks the standing positions of a question that takes its
// context from another: a country with a stance on the other question
// shows it; one with none has no standing position; one whose other stance
// starts after the step has none yet; one with a stance of its own on the
// step's question is counted there, not as standing; and a change on the
// context question between two steps shows at the later one.
func TestStanding(t *testing.T) {
	s := &Story{
		Sides: []Side{{ID: "a"}, {ID: "b"}},
		Questions: []Question{
			{ID: "pres"},
			{ID: "assembly", Context: "pres"},
		},
		Events: []Event{
			{ID: "e1", Date: day("2020-01-01"), Question: "pres"},
			{ID: "e2", Date: day("2020-01-05"), Question: "assembly"},
			{ID: "e3", Date: day("2020-01-10"), Question: "assembly"},
		},
		Countries: []Country{
			{Code: "OTH", Stances: map[string][]Entry{ // a stance on the other question only
				"pres": {{From: day("2019-01-23"), Side: "b", Sources: []string{"s1"}, Uncertain: true, Note: Text{"en": "why"}}}}},
			{Code: "NON"}, // no stance on either
			{Code: "LAT", Stances: map[string][]Entry{ // its other stance starts after e2
				"pres": {{From: day("2020-01-07"), Side: "a"}}}},
			{Code: "OWN", Stances: map[string][]Entry{ // answers the question itself
				"pres":     {{From: day("2019-01-23"), Side: "b"}},
				"assembly": {{From: day("2020-01-05"), Side: "a"}}}},
			{Code: "SWI", Stances: map[string][]Entry{ // switches on the other question
				"pres": {{From: day("2019-01-23"), Side: "b"}, {From: day("2020-01-08"), Side: "a"}}}},
		},
	}
	s.derive()
	type want struct {
		side, since string
	}
	cases := []struct {
		event int
		want  map[string]want
	}{
		{0, nil}, // pres names no context
		{1, map[string]want{"OTH": {"b", "2019-01-23"}, "SWI": {"b", "2019-01-23"}}},
		{2, map[string]want{"OTH": {"b", "2019-01-23"}, "LAT": {"a", "2020-01-07"}, "SWI": {"a", "2020-01-08"}}},
	}
	for _, c := range cases {
		got := s.Standing(c.event)
		if c.want == nil {
			if got != nil {
				t.Errorf("event %d: standing = %v, want nil", c.event, got)
			}
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("event %d: standing = %v, want %v", c.event, got, c.want)
		}
		for code, w := range c.want {
			st, ok := got[code]
			if !ok || st.Code != code || st.Side != w.side || st.Since.Format(time.DateOnly) != w.since {
				t.Errorf("event %d: %s = %+v (present %v), want %+v", c.event, code, st, ok, w)
			}
		}
	}
	if st := s.Standing(1)["OTH"]; !st.Uncertain || st.Note["en"] != "why" || st.Sources[0] != "s1" {
		t.Errorf("a standing position keeps its sources, doubt and note: %+v", st)
	}
	// Standing positions are counted under no side and change nothing.
	if c := s.Counts(1); c["a"] != 1 || c["b"] != 0 {
		t.Errorf("counts at e2 = %v, want only OWN under a", c)
	}
	if ch := s.BaselineChanges(2); len(ch) != 0 {
		t.Errorf("a move on the context question is not a change on this one: %v", ch)
	}
	if s.Standing(-1) != nil || s.Standing(3) != nil {
		t.Error("out-of-range events should give nil")
	}
}

// TestStandingLoaded checks the loader wires a question's context through
// to Standing: RUS, with no assembly stance, stands with Maduro there.
func TestStandingLoaded(t *testing.T) {
	s, err := Load(withAssembly(t, "", `, "context": "president"`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := s.Standing(2)
	if st, ok := got["RUS"]; !ok || st.Side != "maduro" {
		t.Errorf("RUS standing = %+v, %v", st, ok)
	}
	if st, ok := got["FRA"]; !ok || st.Side != "guaido" {
		t.Errorf("FRA standing = %+v, %v", st, ok)
	}
	if _, ok := got["USA"]; ok {
		t.Error("USA answers the assembly question: no standing position")
	}
}

func TestCorrections(t *testing.T) {
	s, err := Load(mutate(t, `"subject": ["VEN"],`, `"subject": ["VEN"],
  "corrections": [
    {"date": "2026-01-02", "text": {"en": "First fix."}},
    {"date": "2026-03-04", "text": {"en": "Second fix.", "es": "Segunda corrección."}},
    {"date": "2026-03-04", "text": {"en": "Same day."}}
  ],`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Corrections) != 3 || s.Corrections[1].Text.In("es", "en") != "Segunda corrección." {
		t.Errorf("corrections = %+v", s.Corrections)
	}
	if d, ok := s.Updated(); !ok || d.Format(time.DateOnly) != "2026-03-04" {
		t.Errorf("Updated() = %v, %v", d, ok)
	}
	plain, err := Load(readFixture(t, "example.json"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := plain.Updated(); ok {
		t.Error("a story without corrections was never updated")
	}

	for _, c := range []struct{ in, want string }{
		{`[{"date": "2026-03-04", "text": {"en": "b"}}, {"date": "2026-01-02", "text": {"en": "a"}}]`,
			`corrections[1].date: 2026-01-02 is before the previous correction's 2026-03-04`},
		{`[{"date": "2026-03-04"}]`, `corrections[0].text: is required`},
		{`[{"date": "4 March", "text": {"en": "a"}}]`, `corrections[0].date: "4 March" is not a date`},
		{`[{"date": "2026-03-04", "text": {"en": "a"}, "by": "me"}]`, `corrections[0].by: unknown field`},
		{`{"date": "2026-03-04"}`, `corrections: must be an array, not an object`},
	} {
		_, err := Load(mutate(t, `"subject": ["VEN"],`, `"subject": ["VEN"], "corrections": `+c.in+`,`), Options{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want %q", c.in, err, c.want)
		}
	}
}
