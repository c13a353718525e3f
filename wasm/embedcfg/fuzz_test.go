package embedcfg

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/theme"
)

// FuzzParse feeds arbitrary query strings to Parse, which reads the embed
// page's URL: it must never panic, every value it keeps must have its
// parameter's shape, and each warning must stay short whatever the input's
// length (a value is cut to 60 bytes, which quoting can make 240). Run it with
//
//	go test ./wasm/embedcfg -run '^$' -fuzz '^FuzzParse$' -fuzztime 10s
func FuzzParse(f *testing.F) {
	for _, q := range []string{
		"", "event=2019-01-23&lang=es", "?event=guaido-claim&region=europe&theme=DARK&static=1&id=map-1",
		"data=https://example.org/story.json", "data=/%5Cevil.example/x.json", "country=C%C3%B4te%20d%E2%80%99Ivoire",
		"lang=es&lang=ru", "event=%zz", "static", "id=<script>", "country=%FF", "lang=pt-BR",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		c, warns := Parse(q)
		if c.Event != "" && !token(c.Event, 100) {
			t.Errorf("event %q", c.Event)
		}
		if c.Country != "" && !countryShape(c.Country) {
			t.Errorf("country %q", c.Country)
		}
		if m, err := theme.ParseMode(string(c.Theme)); err != nil || (c.Theme != "" && m != c.Theme) {
			t.Errorf("theme %q", c.Theme)
		}
		if c.Region != "" && !token(c.Region, 100) {
			t.Errorf("region %q", c.Region)
		}
		if len(c.Data) > maxValue || len(c.Lang) > 100 || strings.ToLower(c.Lang) != c.Lang {
			t.Errorf("data %q, lang %q", c.Data, c.Lang)
		}
		for _, w := range warns {
			if len(w) > 500 {
				t.Errorf("a warning of %d bytes", len(w))
			}
		}
	})
}

// FuzzParseMessage feeds arbitrary message data (as JSON.stringify gives
// it) to ParseMessage: it must never panic, what it accepts must be a
// request it can carry out, and what it refuses must not be a Set.
//
//	go test ./wasm/embedcfg -run '^$' -fuzz '^FuzzParseMessage$' -fuzztime 10s
func FuzzParseMessage(f *testing.F) {
	for _, m := range []string{
		`{"type":"stancemap:set","event":"2019-01-23"}`, `{"type":"stancemap:set","event":3,"country":"Brazil","region":"americas"}`,
		`{"type":"stancemap:set","event":1e999}`, `{"type":"stancemap:set","country":{"a":[1,2]}}`,
		`{"datawrapper-height":{"a":1}}`, `"pymxPYMxaxPYMxheightxPYMx10"`, `[{"type":"stancemap:set"}]`, `{"type":"stancemap:set"`,
	} {
		f.Add(m)
	}
	f.Fuzz(func(t *testing.T, m string) {
		s, ok, err := ParseMessage(m)
		if !ok && (err != nil || s != (Set{})) {
			t.Fatalf("not ours, yet %+v, %v", s, err)
		}
		if err != nil && s != (Set{}) {
			t.Fatalf("refused, yet %+v", s)
		}
		if ok && err == nil {
			if s.Event == "" && !s.EventIsIndex && s.Country == "" && s.Region == "" {
				t.Fatal("an empty request accepted")
			}
			if s.EventIsIndex && (s.Index < 0 || s.Index > 1e6) || len(s.Event) > 200 || len(s.Country) > 200 || len(s.Region) > 200 {
				t.Fatalf("accepted %+v", s)
			}
		}
		if len(m) > MaxMessage && (ok || err != nil) {
			t.Fatalf("a message of %d bytes was read", len(m))
		}
	})
}

// FuzzParseQuery holds parseQuery to net/url's ParseQuery, which it
// replaces in the wasm: the same parameters and the same error.
//
//	go test ./wasm/embedcfg -run '^$' -fuzz '^FuzzParseQuery$' -fuzztime 10s
func FuzzParseQuery(f *testing.F) {
	for _, q := range []string{
		"", "a=1&b=2&a=3", "event=2019-01-23&lang=es", "x=%zz&y=1", "x=%4", "x=%e2%80%99+y", "k+1=v+2",
		"a;b=1&c=2", "a=1;b=2&a=%zz&c=;", "=v&k=&&=", "%41=%42", "a=%%41", "k=v=w", "é=ü", "a=%G1",
		strings.Repeat("a&", maxParams), strings.Repeat("a&", maxParams-1),
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got, err := parseQuery(q)
		want, wantErr := url.ParseQuery(q)
		if !reflect.DeepEqual(map[string][]string(got), map[string][]string(want)) {
			t.Errorf("%q: %v, net/url %v", q, got, want)
		}
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Errorf("%q: error %v, net/url %v", q, err, wantErr)
		}
	})
}
