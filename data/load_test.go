package data

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// atlasCodes stands in for geo's world atlas: ISO 3166-1 alpha-3 plus XKX.
func atlasCodes(t testing.TB) map[string]bool {
	codes := map[string]bool{}
	for _, line := range strings.Split(string(readFixture(t, "codes.txt")), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			codes[line] = true
		}
	}
	return codes
}

func TestLoadExample(t *testing.T) {
	known := atlasCodes(t)
	s, err := Load(readFixture(t, "example.json"), Options{KnownCode: func(c string) bool { return known[c] }})
	if err != nil {
		t.Fatal(err)
	}
	if s.ID != "example" || s.Lang != "en" || len(s.Langs) != 2 || s.Langs[1] != "es" {
		t.Errorf("id/lang/langs = %q %q %v", s.ID, s.Lang, s.Langs)
	}
	if got := s.Events[1].Date; !got.Equal(time.Date(2019, 2, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("events[1].date = %v", got)
	}
	if d := s.Side("maduro"); d == nil || d.ColorDark != "#d55e00" || d.Pattern != "dots" {
		t.Errorf("maduro side = %+v (colorDark should default to color)", d)
	}
	if d := s.Side("neutral"); d == nil || d.Pattern != "none" {
		t.Errorf("neutral pattern should default to none: %+v", d)
	}
	if got := s.Events[1].Label.In("es", s.Lang); got != "" {
		t.Errorf("missing label should be empty, got %q", got)
	}
	if got := s.Events[0].Summary.In("es", s.Lang); !strings.HasPrefix(got, "Juan Guaidó") {
		t.Errorf("es summary should fall back to en, got %q", got)
	}
	if len(s.Subject) != 1 || !s.IsSubject("VEN") || s.IsSubject("USA") {
		t.Errorf("subject = %v", s.Subject)
	}
}

// TestSubjectOptional checks a story without a subject loads with none:
// nothing is drawn apart.
func TestSubjectOptional(t *testing.T) {
	for _, in := range [][]byte{
		mutate(t, `"subject": ["VEN"],`, ``),
		mutate(t, `"subject": ["VEN"]`, `"subject": []`),
	} {
		s, err := Load(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Subject) != 0 || s.IsSubject("VEN") {
			t.Errorf("subject = %v, want none", s.Subject)
		}
	}
}

// mutate applies old->new replacements to the example, failing if one
// does not match, so a fixture edit cannot silently disarm a test.
func mutate(t *testing.T, pairs ...string) []byte {
	t.Helper()
	b := readFixture(t, "example.json")
	for i := 0; i+1 < len(pairs); i += 2 {
		if !bytes.Contains(b, []byte(pairs[i])) {
			t.Fatalf("fixture lacks %q", pairs[i])
		}
		b = bytes.Replace(b, []byte(pairs[i]), []byte(pairs[i+1]), 1)
	}
	return b
}

func TestLoadProblems(t *testing.T) {
	known := atlasCodes(t)
	opt := Options{KnownCode: func(c string) bool { return known[c] }}
	// manyKeys are twenty comment keys, for a repeated key found among
	// many others (comments are checked for repeats too).
	var manyKeys string
	for i := range 20 {
		manyKeys += fmt.Sprintf(`"_c%d": %d, `, i, i)
	}
	cases := []struct {
		name  string
		input []byte
		want  []string // each must appear in some problem
	}{
		{"empty", nil, []string{"not valid JSON"}},
		{"truncated", readFixture(t, "example.json")[:500], []string{"not valid JSON"}},
		{"not an object", []byte(`[1,2]`), []string{"must be an object, not an array"}},
		{"bad date", mutate(t, `"date": "2019-02-04"`, `"date": "2019-13-01"`),
			[]string{`events[1].date: "2019-13-01" is not a date`}},
		{"out of order", mutate(t, `"date": "2019-02-04"`, `"date": "2019-01-20"`),
			[]string{"events[1].date: 2019-01-20 is not after events[0].date"}},
		{"same day", mutate(t, `"date": "2019-02-04"`, `"date": "2019-01-23"`),
			[]string{"events[1].date: 2019-01-23 is not after"}},
		{"entries out of order", mutate(t, `{"from": "2019-02-04"`, `{"from": "2019-01-01"`),
			[]string{"countries[2].stances.president[1].from: 2019-01-01 is not after"}},
		{"duplicate event id", mutate(t, `"id": "february"`, `"id": "claim"`),
			[]string{`events[1].id: duplicate id "claim"`}},
		{"duplicate source", mutate(t, `"id": "M10"`, `"id": "G4"`),
			[]string{`sources[1].id: duplicate id "G4"`, `unknown source "M10"`}},
		{"duplicate country", mutate(t, `"code": "RUS"`, `"code": "USA"`),
			[]string{`countries[1].code: duplicate country "USA"`}},
		{"unknown code", mutate(t, `"code": "RUS"`, `"code": "XYZ"`),
			[]string{`countries[1].code: "XYZ" is not a country in the world atlas`}},
		{"bad code form", mutate(t, `"code": "RUS"`, `"code": "ru"`),
			[]string{`countries[1].code: "ru" is not an ISO 3166-1 alpha-3 code`}},
		{"unknown side", mutate(t, `"side": "maduro"`, `"side": "parra"`),
			[]string{`countries[1].stances.president[0].side: unknown side "parra"`}},
		{"unknown question", mutate(t, `"question": "president", "sources": ["G4"]`, `"question": "pres", "sources": ["G4"]`),
			[]string{`events[0].question: unknown question "pres"`}},
		{"unknown stance question", mutate(t, `{"president": [
      {"from": "2019-01-23", "side": "guaido"`, `{"presidency": [
      {"from": "2019-01-23", "side": "guaido"`),
			[]string{`countries[0].stances.presidency: unknown field`}},
		{"wrong types", mutate(t, `"uncertain": true`, `"uncertain": "yes"`, `"color": "#D55E00"`, `"color": 213`,
			`"events": [`, `"events": {"x": 1}, "_was": [`),
			[]string{`countries[2].stances.president[0].uncertain: must be true or false, not a string`,
				`sides[1].color: must be a string, not a number`, `events: must be an array, not an object`}},
		{"missing default text", mutate(t, `"headline": {"en": "Europe follows"}`, `"headline": {"es": "Europa sigue"}`),
			[]string{`events[1].headline.en: text in the default language "en" is required`}},
		{"undeclared language", mutate(t, `"headline": {"en": "Europe follows"}`, `"headline": {"en": "x", "fr": "y"}`),
			[]string{`events[1].headline.fr: language "fr" is not in the story's langs`}},
		{"uncertain without note", mutate(t, `, "note": {"en": "No recognition in January."}`, ``),
			[]string{`countries[2].stances.president[0].note: is required when uncertain is true`}},
		{"no sources on entry", mutate(t, `"side": "maduro", "sources": ["M10"]`, `"side": "maduro", "sources": []`),
			[]string{`countries[1].stances.president[0].sources: must list at least one source`}},
		{"typo field", mutate(t, `"summary": {"en": "After`, `"summery": {"en": "After`),
			[]string{`events[1].summery: unknown field`, `events[1].summary: is required`}},
		{"duplicate key", mutate(t, `"id": "example",`, `"id": "example", "id": "again",`),
			[]string{`id: appears more than once`}},
		{"duplicate keys among many", mutate(t, `"id": "example",`, manyKeys+`"id": "example", "_c3": 1, "id": "again",`),
			[]string{`_c3: appears more than once`, `id: appears more than once`}},
		{"bad colour and pattern", mutate(t, `"color": "#0072B2"`, `"color": "blue"`, `"pattern": "dots"`, `"pattern": "stripes"`),
			[]string{`sides[0].color: "blue" is not a colour`, `sides[1].pattern: "stripes" is not one of`}},
		{"reserved side", mutate(t, `"id": "neutral"`, `"id": "none"`),
			[]string{`sides[2].id: "none" is reserved`}},
		{"bad url and source date", mutate(t, `"date": "2019-02-05"`, `"date": "5 Feb 2019", "url": "ftp://x"`),
			[]string{`sources[2].date: "5 Feb 2019" is not a date`, `sources[2].url: "ftp://x" is not an http(s) address`}},
		{"subject not a list", mutate(t, `"subject": ["VEN"]`, `"subject": "VEN"`),
			[]string{`subject: must be an array, not a string`}},
		{"subject bad code", mutate(t, `"subject": ["VEN"]`, `"subject": ["ven", "XYZ", 7]`),
			[]string{`subject[0]: "ven" is not an ISO 3166-1 alpha-3 code`, `subject[1]: "XYZ" is not a country in the world atlas`,
				`subject[2]: must be a string, not a number`}},
		{"subject twice", mutate(t, `"subject": ["VEN"]`, `"subject": ["VEN", "VEN"]`),
			[]string{`subject[1]: "VEN" appears more than once`}},
		{"subject with a stance", mutate(t, `"subject": ["VEN"]`, `"subject": ["VEN", "RUS"]`),
			[]string{`countries[1].stances.president: RUS is the story's subject (subject[1])`}},
		{"not utf-8", append([]byte(`{"id": "`), 0xff, '"', '}'), []string{"not valid UTF-8"}},
		{"too big", bytes.Repeat([]byte(" "), MaxSize+1), []string{"the limit is 8388608 (8 MB)"}},
		{"deep under the size limit", append(bytes.Repeat([]byte("["), 1<<20), bytes.Repeat([]byte("]"), 1<<20)...),
			[]string{"nesting deeper than 32 levels"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := Load(c.input, opt)
			if s != nil || err == nil {
				t.Fatalf("want problems, got story %v err %v", s, err)
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error is %T, want Problems", err)
			}
			msg := err.Error()
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("no problem mentions %q; got:\n%s", w, msg)
				}
			}
		})
	}
}

// TestLoadReportsAll checks that problems in different parts of a file are
// all reported at once, not only the first.
func TestLoadReportsAll(t *testing.T) {
	b := mutate(t, `"date": "2019-02-04"`, `"date": "2019-02-30"`, `"code": "RUS"`, `"code": "R"`,
		`"id": "M10"`, `"id": "G4"`)
	_, err := Load(b, Options{})
	var ps Problems
	if !errors.As(err, &ps) || len(ps) < 3 {
		t.Fatalf("want at least 3 problems, got %v", err)
	}
}

func TestLoadHugeNesting(t *testing.T) {
	const size = 50 << 20
	b := make([]byte, size)
	for i := range b {
		if i < size/2 {
			b[i] = '['
		} else {
			b[i] = ']'
		}
	}
	start := time.Now()
	_, err := Load(b, Options{})
	if err == nil || !strings.Contains(err.Error(), "the limit is") {
		t.Fatalf("50 MB of nested arrays: want a size problem, got %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing 50 MB took %v", d)
	}
	// The same nesting just under the size limit must be refused by depth,
	// before gjson's recursive validator sees it.
	_, err = Load(b[size/2-(MaxSize/2-1):size/2+(MaxSize/2-1)], Options{})
	if err == nil || !strings.Contains(err.Error(), "nesting deeper") {
		t.Fatalf("8 MB of nested arrays: want a depth problem, got %v", err)
	}
}

func TestDepthIgnoresStrings(t *testing.T) {
	if p := checkShape([]byte(`{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"[[[["}`)); p != nil {
		t.Errorf("brackets inside strings counted: %v", p)
	}
}

// TestFormatExample keeps the example in FORMAT.md loadable.
func TestFormatExample(t *testing.T) {
	doc, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```json\n")
	block, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("FORMAT.md has no json example")
	}
	s, err := Load([]byte(block), Options{})
	if err != nil {
		t.Fatalf("FORMAT.md example: %v", err)
	}
	if got := s.Stances(1)["FRA"]; got.Side != "guaido" || s.Changes(1)[0] != (Change{"FRA", "neutral", "guaido"}) {
		t.Errorf("example state at step 2: %+v, changes %v", got, s.Changes(1))
	}
}

// TestPartialDate checks the source date forms: a year, a month or a day,
// each a real one, and nothing else.
func TestPartialDate(t *testing.T) {
	for s, want := range map[string]bool{
		"2019": true, "2019-01": true, "2019-01-23": true, "2020-02-29": true,
		"": false, "19": false, "2019-1": false, "2019-13": false, "2019-02-30": false, "2019-1-23": false,
		"2019-01-23T00:00": false, "5 Feb 2019": false, "abcd": false, "2019/01": false, "2019-01-2x": false,
	} {
		if got := partialDate(s); got != want {
			t.Errorf("partialDate(%q) = %v, want %v", s, got, want)
		}
	}
}
