package check

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
)

func template(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../sheets/template.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// change applies old->new replacements to b, failing when one does not
// match, so a fixture edit cannot silently disarm a test.
func change(t *testing.T, b []byte, pairs ...string) []byte {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !bytes.Contains(b, []byte(pairs[i])) {
			t.Fatalf("fixture lacks %q", pairs[i])
		}
		b = bytes.Replace(b, []byte(pairs[i]), []byte(pairs[i+1]), 1)
	}
	return b
}

// The stories the project ships have neither problems nor warnings.
func TestShippedStoriesAreClean(t *testing.T) {
	for name, b := range map[string][]byte{"default": data.DefaultJSON(), "template": template(t)} {
		r := Check(b, Options{})
		if !r.OK() || len(r.Warnings) > 0 {
			t.Errorf("%s: %+v", name, r)
		}
	}
}

func TestWarnings(t *testing.T) {
	tests := []struct {
		name string
		in   func(t *testing.T) []byte
		kind string
		path string
		msg  string
	}{
		{"cell on a source without a link", func(t *testing.T) []byte {
			return change(t, template(t), `"date": "2019-01-23", "url": "https://www.pagina12.com.ar/170317-rusia-y-turquia-apoyan-a-maduro"`, `"date": "2019-01-23"`)
		}, UnlinkedCells, "countries[1].stances.president[0]", "M10 has no url, and 1 coloured cell rests on that alone"},
		{"source never cited", func(t *testing.T) []byte {
			return change(t, template(t), `"question": "assembly", "sources": ["J8", "J6"]`, `"question": "assembly", "sources": ["J8"]`,
				`"assembly": [{"from": "2020-01-06", "side": "maduro", "sources": ["J6"]}]`, `"assembly": [{"from": "2020-01-06", "side": "maduro", "sources": ["M10"]}]`)
		}, UncitedSource, "sources[3]", `source "J6" (Reuters) is never cited`},
		{"step with no change and no note", func(t *testing.T) []byte {
			return change(t, template(t), `{"from": "2019-02-04", "side": "guaido", "sources": ["E3"]}`, `{"from": "2019-03-04", "side": "guaido", "sources": ["E3"]}`)
		}, QuietStep, "events[1]", `step "europe" (2019-02-04) changes no country's side`},
		{"text missing in a language", func(t *testing.T) []byte {
			return change(t, template(t), `"headline": {"en": "Europe follows", "es": "Europa lo sigue"}`, `"headline": {"en": "Europe follows"}`)
		}, MissingText, "events[1].headline.es", "no text in es: readers in es see the en text"},
		{"entry note missing in a language", func(t *testing.T) []byte {
			return change(t, template(t), `, "es": "Sin reconocimiento en enero: Francia dio a Maduro ocho días para convocar elecciones."`, ``)
		}, MissingText, "countries[2].stances.president[0].note.es", "no text in es"},
		{"loaded term in a headline", func(t *testing.T) []byte {
			return change(t, template(t), `"es": "Guaidó reclama la presidencia"`, `"es": "El autoproclamado presidente Guaidó"`)
		}, LoadedTerm, "events[0].headline.es", `step "claim" headline, in es, says "autoproclamado", which takes a side`},
		{"loaded term in a note, not in quotation marks", func(t *testing.T) []byte {
			return change(t, template(t), `"en": "No recognition in January: France gave Maduro eight days to call an election."`,
				`"en": "No recognition in January: France gave the “regime” eight days, then called it a regime."`)
		}, LoadedTerm, "countries[2].stances.president[0].note.en", `FRA's note on president from 2019-01-23, in en, says "regime"`},
		{"the glossary's wording in the message", func(t *testing.T) []byte {
			return change(t, template(t), `"Europe follows"`, `"Europe follows; the self-proclaimed president"`)
		}, LoadedTerm, "events[1].headline.en", "the en glossary's wording: declared himself acting president"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Check(tt.in(t), Options{})
			if !r.OK() {
				t.Fatalf("problems: %v", r.Problems)
			}
			if len(r.Warnings) != 1 {
				t.Fatalf("%d warnings, want 1: %v", len(r.Warnings), r.Warnings)
			}
			w := r.Warnings[0]
			if w.Kind != tt.kind || w.Path != tt.path || !strings.Contains(w.Message, tt.msg) {
				t.Errorf("warning %+v, want kind %s at %s saying %q", w, tt.kind, tt.path, tt.msg)
			}
		})
	}
}

// A step whose id changed since the previous version is named, with the
// step of the same day that may be it; a step removed, alone.
func TestLostEventIDs(t *testing.T) {
	prev, err := data.Load(template(t), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	renamed := change(t, template(t), `{"id": "europe"`, `{"id": "europe-follows"`)
	r := Check(renamed, Options{Previous: prev})
	if len(r.Warnings) != 1 || r.Warnings[0].Kind != LostEventID || r.Warnings[0].Path != "events[1].id" ||
		!strings.Contains(r.Warnings[0].Message, `step id "europe" (2019-02-04) of the previous version is gone`) ||
		!strings.Contains(r.Warnings[0].Message, `if step "europe-follows" of the same day is that step, give it back its id "europe"`) {
		t.Errorf("renamed step: %v", r.Warnings)
	}
	// A step that moves keeps its id: no warning.
	moved := change(t, template(t), `"date": "2020-01-06", "label"`, `"date": "2020-01-07", "label"`)
	if r := Check(moved, Options{Previous: prev}); len(r.Warnings) != 0 {
		t.Errorf("moved step: %v", r.Warnings)
	}
	if r := Check(template(t), Options{Previous: prev}); len(r.Warnings) != 0 {
		t.Errorf("same story: %v", r.Warnings)
	}
}

// Problems are the loader's, with its paths; a code the atlas cannot draw
// is one, since no program would show the story. Warnings wait until the
// story loads.
func TestProblems(t *testing.T) {
	bad := change(t, template(t), `"code": "RUS"`, `"code": "SUN"`, `"question": "president", "sources": ["E3"]`, `"question": "presidency", "sources": ["E3"]`,
		`"headline": {"en": "Europe follows", "es": "Europa lo sigue"}`, `"headline": {"en": "Europe follows"}`)
	r := Check(bad, Options{KnownCode: func(code string) bool { return code != "SUN" }, Where: func(p string) string {
		if p == "events[1].question" {
			return "events.csv row 3, column question (C)"
		}
		return ""
	}})
	if r.OK() || len(r.Warnings) != 0 {
		t.Fatalf("report %+v", r)
	}
	got := map[string]Finding{}
	for _, p := range r.Problems {
		got[p.Path] = p
	}
	if p := got["countries[1].code"]; !strings.Contains(p.Message, `"SUN" is not a country in the world atlas`) {
		t.Errorf("unknown code: %+v", r.Problems)
	}
	if p := got["events[1].question"]; p.Where != "events.csv row 3, column question (C)" ||
		p.String() != `events.csv row 3, column question (C): unknown question "presidency" (events[1].question)` {
		t.Errorf("located problem: %+v = %q", p, p.String())
	}
	if r := Check([]byte("{"), Options{}); r.OK() || r.Problems[0].Path != "" || !strings.Contains(r.Problems[0].String(), "not valid JSON") {
		t.Errorf("broken file: %+v", r)
	}
}

// A story's view names a region preset; another is a problem at "view".
func TestBadView(t *testing.T) {
	bad := change(t, template(t), `"subject": ["VEN"]`, `"subject": ["VEN"], "view": "asia"`)
	r := Check(bad, Options{})
	if r.OK() || len(r.Problems) != 1 || r.Problems[0].Path != "view" || !strings.Contains(r.Problems[0].Message, "want one of world, americas") {
		t.Errorf("report %+v", r)
	}
}
