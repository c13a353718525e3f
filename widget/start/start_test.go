package start

import (
	"slices"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/theme"
)

func TestResolve(t *testing.T) {
	story, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	// A story whose languages spell a region subtag in capitals.
	br := *story
	br.Langs = append(slices.Clone(story.Langs), "pt-BR")
	last := len(story.Events) - 1
	dark := func() bool { return true }
	tests := []struct {
		c           Choices
		prefersDark func() bool
		want        Start
		problems    []string // substrings, one per problem, in order
	}{
		{Choices{}, nil, Start{last, story.Lang, theme.ModeLight, "world"}, nil},
		{Choices{}, dark, Start{last, story.Lang, theme.ModeDark, "world"}, nil},
		{Choices{Theme: "AUTO"}, dark, Start{last, story.Lang, theme.ModeDark, "world"}, nil},
		{Choices{Theme: "light"}, dark, Start{last, story.Lang, theme.ModeLight, "world"}, nil},
		{Choices{Event: "2019-01-23", Lang: "es", Theme: "Dark", Region: "europe"}, nil, Start{2, "es", theme.ModeDark, "europe"}, nil},
		{Choices{Event: "guaido-claim", Lang: "RU"}, nil, Start{2, "ru", theme.ModeLight, "world"}, nil},
		{Choices{Event: "1999-01-01"}, nil, Start{last, story.Lang, theme.ModeLight, "world"}, []string{`event "1999-01-01": no event`}},
		{Choices{Lang: "de", Region: "mars", Theme: "sepia"}, dark, Start{last, story.Lang, theme.ModeDark, "world"},
			[]string{`theme "sepia": want light, dark or auto`, `region "mars": want one of world,`, `lang "de": the story is written in en, es, ru`}},
	}
	for _, tt := range tests {
		got, probs := Resolve(tt.c, story, tt.prefersDark)
		if got != tt.want {
			t.Errorf("Resolve(%+v) = %+v, want %+v", tt.c, got, tt.want)
		}
		if len(probs) != len(tt.problems) {
			t.Errorf("Resolve(%+v): problems %v, want %d", tt.c, probs, len(tt.problems))
			continue
		}
		for i, p := range probs {
			if !strings.Contains(p.Error(), tt.problems[i]) {
				t.Errorf("Resolve(%+v): problem %d is %q, want it to contain %q", tt.c, i, p, tt.problems[i])
			}
		}
	}
	// Whatever the case given, the story's own spelling: the widget's
	// text, the page's and the file names all look it up.
	for _, lang := range []string{"pt-BR", "pt-br", "PT-BR"} {
		if got, probs := Resolve(Choices{Lang: lang}, &br, nil); got.Lang != "pt-BR" || len(probs) > 0 {
			t.Errorf("lang %q on a story in %v: %q, %v; want pt-BR", lang, br.Langs, got.Lang, probs)
		}
	}
}

// A story's view is the region it opens on; a region chosen by the URL or
// a command line wins, and one that is not a region leaves the story's.
func TestResolveStoryView(t *testing.T) {
	story, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	am := *story
	am.View = "americas"
	for _, c := range []struct {
		region, want string
		problems     int
	}{{"", "americas", 0}, {"europe", "europe", 0}, {"world", "world", 0}, {"mars", "americas", 1}} {
		got, probs := Resolve(Choices{Region: c.region}, &am, nil)
		if got.Region != c.want || len(probs) != c.problems {
			t.Errorf("region %q on a story opening on the Americas: %q, %v; want %q", c.region, got.Region, probs, c.want)
		}
	}
}

func TestMatchLang(t *testing.T) {
	langs := []string{"en", "es", "pt", "fr-CA"}
	for in, want := range map[string]string{
		"en": "en", "EN": "en", "pt-BR": "pt", "pt_br": "pt", "fr": "fr-CA", "FR-ca": "fr-CA", "fr-FR": "fr-CA",
		"de": "", "": "", "-": "", "p": "",
	} {
		got, ok := MatchLang(langs, in)
		if got != want || ok != (want != "") {
			t.Errorf("MatchLang(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
