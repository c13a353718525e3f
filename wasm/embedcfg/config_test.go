package embedcfg

import (
	"slices"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
)

func TestParse(t *testing.T) {
	tests := []struct {
		query string
		want  Config
		warns []string // substrings, one per expected warning, in order
	}{
		{"", Config{}, nil},
		{"event=2019-01-23&lang=es", Config{Event: "2019-01-23", Lang: "es"}, nil},
		{"?event=guaido-claim&region=europe&theme=DARK&static=1&id=map-1",
			Config{Event: "guaido-claim", Region: "europe", Theme: "dark", Static: true}, nil},
		// The page's own parameters (ParsePage): the embed id, and pym.js's.
		{"id=<script>&childId=x&initialWidth=700&parentTitle=A&parentUrl=https%3A%2F%2Fexample.org%2F", Config{}, nil},
		{"static", Config{Static: true}, nil},
		{"static=0&theme=auto", Config{Theme: "auto"}, nil},
		{"data=https://example.org/story.json", Config{Data: "https://example.org/story.json"}, nil},
		{"data=stories/a.json", Config{Data: "stories/a.json"}, nil},
		{"utm_source=cms&fbclid=x", Config{}, nil},
		{"region=mars", Config{Region: "mars"}, nil}, // which regions there are, Resolve says
		{"region=<b>", Config{}, []string{`region="<b>"`}},
		{"theme=", Config{Theme: "auto"}, nil},
		{"theme=sepia&lang=english", Config{}, []string{`lang="english"`, `theme="sepia"`}},
		// Which story URLs are fetched, the page decides (embed.html):
		// the wasm takes the value as given.
		{"data=javascript:alert(1)", Config{Data: "javascript:alert(1)"}, nil},
		{"data=/%5Cevil.example/x.json", Config{Data: `/\evil.example/x.json`}, nil},
		{"data=", Config{}, nil},
		{"static=maybe", Config{}, []string{`static="maybe"`}},
		{"event=<b>", Config{}, []string{`event="<b>"`}},
		{"lang=es&lang=ru", Config{Lang: "ru"}, []string{"lang is given 2 times"}},
		{"event=" + strings.Repeat("x", 3000), Config{}, []string{"longer than"}},
		{"event=%zz&lang=es", Config{Lang: "es"}, []string{"could not be read"}},
		// The shapes' edges: lengths, characters, letters only in lang.
		{"event=" + strings.Repeat("9", 100) + "&lang=Rus", Config{Event: strings.Repeat("9", 100), Lang: "rus"}, nil},
		{"event=" + strings.Repeat("9", 101), Config{}, []string{`event="999`}},
		{"event=a:b_c.d-e&lang=x%20y", Config{Event: "a:b_c.d-e"}, []string{`lang="x y"`}},
		{"lang=e", Config{}, []string{`lang="e"`}},
		{"lang=es1", Config{}, []string{`lang="es1"`}},
		{"lang=pt-BR", Config{Lang: "pt-br"}, nil},
		{"lang=es-419", Config{Lang: "es-419"}, nil},
		{"lang=pt-", Config{}, []string{`lang="pt-"`}},
		{"lang=pt-b", Config{}, []string{`lang="pt-b"`}},
		{"lang=pt--br", Config{}, []string{`lang="pt--br"`}},
		{"lang=pt-abcdefghi", Config{}, []string{`lang="pt-abcdefghi"`}},
		{"lang=12", Config{}, []string{`lang="12"`}},
		// country: a code or a name in any script; which one the world decides.
		{"country=BRA&event=2019-01-23", Config{Country: "BRA", Event: "2019-01-23"}, nil},
		{"country=C%C3%B4te%20d%E2%80%99Ivoire", Config{Country: "Côte d’Ivoire"}, nil},
		{"country=Guinea-Bissau", Config{Country: "Guinea-Bissau"}, nil},
		{"country=%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F", Config{Country: "Россия"}, nil},
		{"country=Atlantis", Config{Country: "Atlantis"}, nil},
		{"country=<img>", Config{}, []string{`country="<img>"`}},
		{"country=BR1", Config{}, []string{`country="BR1"`}},
		{"country=a%0Ab", Config{}, []string{`country="a\nb"`}},
		{"country=%FF", Config{}, []string{`country=`}},
		{"country=" + strings.Repeat("a", 101), Config{}, []string{`country="aaa`}},
		{"country=" + strings.Repeat("a", 100), Config{Country: strings.Repeat("a", 100)}, nil},
	}
	for _, tt := range tests {
		got, warns := Parse(tt.query)
		if got != tt.want {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.query, got, tt.want)
		}
		checkWarnings(t, "Parse", tt.query, warns, tt.warns)
	}
}

// TestResolve: the URL's choices resolved against the story, each one
// the story cannot honour a warning naming the parameter.
func TestResolve(t *testing.T) {
	story, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	last := len(story.Events) - 1
	tests := []struct {
		query     string
		event     int
		lang      string
		warnMatch string
	}{
		{"", last, story.Lang, ""},
		{"event=2019-01-23&lang=es", 2, "es", ""},
		{"event=guaido-claim", 2, story.Lang, ""},
		{"event=1999-01-01", last, story.Lang, "2019-01-23"}, // lists the valid dates
		{"lang=de", last, story.Lang, `ignoring lang="de"`},
		{"region=mars", last, story.Lang, `ignoring region="mars": want one of world`},
	}
	for _, tt := range tests {
		cfg, _ := Parse(tt.query)
		st, warns := cfg.Resolve(story, func() bool { return true })
		if st.Event != tt.event || st.Lang != tt.lang || st.Theme != "dark" {
			t.Errorf("%q: %+v, want event %d lang %s theme dark", tt.query, st, tt.event, tt.lang)
		}
		if tt.warnMatch == "" && len(warns) > 0 {
			t.Errorf("%q: unexpected warnings %q", tt.query, warns)
		}
		if tt.warnMatch != "" && (len(warns) != 1 || !strings.Contains(warns[0], tt.warnMatch)) {
			t.Errorf("%q: warnings %q, want one containing %q", tt.query, warns, tt.warnMatch)
		}
	}

	// A language with a region subtag is found whatever the URL's case,
	// and the widget gets the story's spelling.
	br := *story
	br.Langs = append(slices.Clone(story.Langs), "pt-BR")
	cfg, _ := Parse("lang=PT-br")
	if st, warns := cfg.Resolve(&br, nil); st.Lang != "pt-BR" || len(warns) > 0 {
		t.Errorf("lang=PT-br on a story in %v: lang %q, warnings %q; want pt-BR and none", br.Langs, st.Lang, warns)
	}
}

func BenchmarkParse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Parse("event=2019-01-23&lang=es&theme=dark&region=europe&id=x&utm_source=a")
	}
}

// checkWarnings checks that fn(query) warned once for each of want, in
// order, each warning containing its part of want.
func checkWarnings(t *testing.T, fn, query string, warns, want []string) {
	t.Helper()
	if len(warns) != len(want) {
		t.Errorf("%s(%q) warnings %q, want %d", fn, query, warns, len(want))
		return
	}
	for i, w := range want {
		if !strings.Contains(warns[i], w) {
			t.Errorf("%s(%q) warning %d = %q, want it to contain %q", fn, query, i, warns[i], w)
		}
	}
}
