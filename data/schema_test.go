package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compileSchema compiles story.schema.json, which also checks it against
// the draft 2020-12 meta-schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	b, err := os.ReadFile("story.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("story.schema.json: %v", err)
	}
	if m, ok := doc.(map[string]any); !ok || m["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Fatal("story.schema.json does not declare draft 2020-12")
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("story.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("story.schema.json")
	if err != nil {
		t.Fatalf("story.schema.json: %v", err)
	}
	return s
}

// validate reports the schema's verdict on a story file.
func validate(t *testing.T, s *jsonschema.Schema, story []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(story))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// formatExample is the JSON example in FORMAT.md.
func formatExample(t *testing.T) []byte {
	t.Helper()
	doc, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```json\n")
	block, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("FORMAT.md has no json example")
	}
	return []byte(block)
}

// The stories the project ships validate against the schema, and naming
// the schema in a story ("$schema", for editors) keeps it valid for both.
func TestSchemaAcceptsStories(t *testing.T) {
	s := compileSchema(t)
	withSchema := mutate(t, `"format":`, `"$schema": "../data/story.schema.json", "format":`)
	for name, b := range map[string][]byte{
		"default.json":       DefaultJSON(),
		"FORMAT.md example":  formatExample(t),
		"testdata/example":   readFixture(t, "example.json"),
		"example + $schema":  withSchema,
		"example, no format": mutate(t, `"format": "stancemap-story/1",`, ``),
	} {
		if err := validate(t, s, b); err != nil {
			t.Errorf("%s: schema rejects it: %v", name, err)
		}
		if _, err := Load(b, Options{}); err != nil {
			t.Errorf("%s: loader rejects it: %v", name, err)
		}
	}
}

// The loader and the schema agree on invalid stories the schema can
// describe: each case is refused by both, the loader naming the path.
func TestSchemaAgreesWithLoader(t *testing.T) {
	s := compileSchema(t)
	cases := []struct {
		name string
		in   []byte
		path string // the loader's problem path
	}{
		{"unknown top field", mutate(t, `"id": "example",`, `"id": "example", "summery": "x",`), "summery"},
		{"$schema not a string", mutate(t, `"format":`, `"$schema": 5, "format":`), "$schema"},
		{"other format", mutate(t, `"stancemap-story/1"`, `"stancemap-story/2"`), "format"},
		{"no id", mutate(t, `"id": "example",`, ``), "id"},
		{"id with a space", mutate(t, `"id": "example"`, `"id": "my story"`), "id"},
		{"lang upper case", mutate(t, `"lang": "en"`, `"lang": "EN"`), "lang"},
		{"langs not an array", mutate(t, `"langs": ["en", "es"]`, `"langs": "en es"`), "langs"},
		{"title not text", mutate(t, `"title": {"en": "Who recognised Guaidó? (example)", "es": "¿Quién reconoció a Guaidó? (ejemplo)"}`, `"title": "Who"`), "title"},
		{"title empty", mutate(t, `"title": {"en": "Who recognised Guaidó? (example)", "es": "¿Quién reconoció a Guaidó? (ejemplo)"}`, `"title": {}`), "title.en"},
		{"text value a number", mutate(t, `"credit": {"en": "Example story for the stancemap format."`, `"credit": {"en": 5`), "credit.en"},
		{"unknown view", mutate(t, `"subject": ["VEN"]`, `"subject": ["VEN"], "view": "asia"`), "view"},
		{"empty view", mutate(t, `"subject": ["VEN"]`, `"subject": ["VEN"], "view": ""`), "view"},
		{"subject lower case", mutate(t, `"subject": ["VEN"]`, `"subject": ["ven"]`), "subject[0]"},
		{"no sides", mutate(t, `"sides": [`, `"sides": [], "_sides": [`), "sides"},
		{"side id none", mutate(t, `{"id": "neutral"`, `{"id": "none"`), "sides[2].id"},
		{"colour by name", mutate(t, `"color": "#D55E00"`, `"color": "orange"`), "sides[1].color"},
		{"unknown pattern", mutate(t, `"pattern": "dots"`, `"pattern": "stripes"`), "sides[1].pattern"},
		{"side without label", mutate(t, `"label": {"en": "Backed Maduro", "es": "Apoyó a Maduro"}, `, ``), "sides[1].label"},
		{"question without text", mutate(t, `"text": {"en": "Whom did the government recognise as president?", "es": "¿A quién reconocía el gobierno como presidente?"}`, `"_text": {"en": "x"}`), "questions[0].text"},
		{"labels not an object", mutate(t, `{"id": "president", "text"`, `{"id": "president", "labels": ["guaido"], "text"`), "questions[0].labels"},
		{"empty context", mutate(t, `{"id": "president", "text"`, `{"id": "president", "context": "", "text"`), "questions[0].context"},
		{"source without publisher", mutate(t, `"publisher": "HuffPost", `, ``), "sources[0].publisher"},
		{"source date in words", mutate(t, `"date": "2019-01-23", "url"`, `"date": "23 January 2019", "url"`), "sources[0].date"},
		{"ftp url", mutate(t, `"url": "https://www.huffingtonpost.com`, `"url": "ftp://www.huffingtonpost.com`), "sources[0].url"},
		{"day-first event date", mutate(t, `"date": "2019-02-04"`, `"date": "04/02/2019"`), "events[1].date"},
		{"month 13", mutate(t, `"date": "2019-02-04"`, `"date": "2019-13-04"`), "events[1].date"},
		{"event without headline", mutate(t, `"headline": {"en": "Europe follows"},`, ``), "events[1].headline"},
		{"event field typo", mutate(t, `"headline": {"en": "Europe follows"},`, `"headline": {"en": "Europe follows"}, "summery": {"en": "x"},`), "events[1].summery"},
		{"code lower case", mutate(t, `"code": "RUS"`, `"code": "rus"`), "countries[1].code"},
		{"country without stances", mutate(t, `{"code": "USA", "stances": {"president": [
      {"from": "2019-01-23", "side": "guaido", "sources": ["G4"]}]}},`, `{"code": "USA"},`), "countries[0].stances"},
		{"entry without sources", mutate(t, `"side": "maduro", "sources": ["M10"]`, `"side": "maduro"`), "countries[1].stances.president[0].sources"},
		{"entry with no source", mutate(t, `"side": "maduro", "sources": ["M10"]`, `"side": "maduro", "sources": []`), "countries[1].stances.president[0].sources"},
		{"uncertain without note", mutate(t, `"uncertain": true, "note": {"en": "No recognition in January."}`, `"uncertain": true`), "countries[2].stances.president[0].note"},
		{"uncertain as text", mutate(t, `"uncertain": true`, `"uncertain": "yes"`), "countries[2].stances.president[0].uncertain"},
		{"correction without text", mutate(t, `"countries": [`, `"corrections": [{"date": "2026-12-06"}], "countries": [`), "corrections[0].text"},
		{"correction date day-first", mutate(t, `"countries": [`, `"corrections": [{"date": "06.12.2026", "text": {"en": "x"}}], "countries": [`), "corrections[0].date"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var ps Problems
			_, err := Load(tt.in, Options{})
			if !errors.As(err, &ps) {
				t.Fatalf("loader accepts it (err %v)", err)
			}
			found := false
			for _, p := range ps {
				found = found || p.Path == tt.path
			}
			if !found {
				t.Errorf("loader's problems do not name %s: %v", tt.path, ps)
			}
			err = validate(t, s, tt.in)
			if err == nil {
				t.Fatalf("schema accepts it; the loader says: %v", ps)
			}
			// Both name the same place: the schema names the value, or
			// for a missing field the object that lacks it.
			at := pointer(tt.path)
			parent := at[:strings.LastIndex(at, "/")]
			if parent == "" {
				parent = "/"
			}
			places := schemaPlaces(err)
			for _, p := range places {
				if p == at || p == parent {
					return
				}
			}
			t.Errorf("schema objects at %v, not at %s: %v", places, at, err)
		})
	}
}

// pointer turns a loader path, events[1].date, into a JSON pointer,
// /events/1/date.
func pointer(path string) string {
	r := strings.NewReplacer("[", "/", "]", "", ".", "/")
	return "/" + r.Replace(path)
}

// schemaPlaces lists where the schema's innermost errors are, as JSON
// pointers.
func schemaPlaces(err error) []string {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	var out []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			out = append(out, "/"+strings.Join(e.InstanceLocation, "/"))
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return out
}

// What the schema cannot say — references between ids, order, uniqueness,
// the default language's text, the atlas — only the loader checks. The
// schema accepts these; were one to fail it, the table above could take it.
func TestSchemaLeavesToLoader(t *testing.T) {
	s := compileSchema(t)
	cases := []struct {
		name string
		in   []byte
	}{
		{"unknown side", mutate(t, `"side": "maduro"`, `"side": "parra"`)},
		{"unknown source", mutate(t, `"sources": ["M10"]`, `"sources": ["M11"]`)},
		{"events out of order", mutate(t, `"date": "2019-02-04"`, `"date": "2019-01-20"`)},
		{"duplicate event id", mutate(t, `"id": "february"`, `"id": "claim"`)},
		{"31 February", mutate(t, `"date": "2019-02-04"`, `"date": "2019-02-31"`)},
		{"no text in the default language", mutate(t, `"title": {"en": "Who recognised Guaidó? (example)", `, `"title": {`)},
		{"text in an undeclared language", mutate(t, `"credit": {"en":`, `"credit": {"fr": "x", "en":`)},
		{"stances for an unknown question", mutate(t, `{"code": "RUS", "stances": {"president"`, `{"code": "RUS", "stances": {"assembly"`)},
	}
	for _, tt := range cases {
		if _, err := Load(tt.in, Options{}); err == nil {
			t.Errorf("%s: the loader accepts it", tt.name)
		}
		if err := validate(t, s, tt.in); err != nil {
			t.Errorf("%s: the schema rejects it now (%v): move it to TestSchemaAgreesWithLoader", tt.name, err)
		}
	}
}

// FORMAT.md names the schema, so an editor can find it.
func TestFormatLinksSchema(t *testing.T) {
	doc, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, []byte("(story.schema.json)")) {
		t.Error("FORMAT.md does not link story.schema.json")
	}
	var v struct {
		ID string `json:"$id"`
	}
	b, _ := os.ReadFile("story.schema.json")
	if err := json.Unmarshal(b, &v); err != nil || !strings.HasSuffix(v.ID, "/data/story.schema.json") {
		t.Errorf("schema $id = %q (%v)", v.ID, err)
	}
}
