package glossary

import (
	"slices"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/i18n"
)

// TestEveryLanguageHasOne: each UI language has a glossary that parses.
func TestEveryLanguageHasOne(t *testing.T) {
	for _, l := range i18n.Langs {
		g, err := For(l)
		if err != nil || g == nil {
			t.Errorf("%s: %v, %v", l, g, err)
			continue
		}
		loaded := 0
		for _, term := range g.Terms {
			if term.Status == Loaded {
				loaded++
			}
		}
		if loaded < 5 {
			t.Errorf("%s: %d loaded terms", l, loaded)
		}
	}
	if !slices.Equal(slices.Sorted(slices.Values(Langs())), slices.Sorted(slices.Values(i18n.Langs))) {
		t.Errorf("glossaries for %v, UI languages %v", Langs(), i18n.Langs)
	}
	if g, err := For("de"); g != nil || err != nil {
		t.Errorf("For(de) = %v, %v", g, err)
	}
}

// TestUIFollowsGlossary: the widget's own text uses no loaded term.
func TestUIFollowsGlossary(t *testing.T) {
	for _, l := range i18n.Langs {
		g, _ := For(l)
		for _, s := range i18n.AllText(l) {
			for _, m := range g.Loaded(s) {
				t.Errorf("%s UI text %q uses %q (%s)", l, s, m.Text, m.Term.Term)
			}
		}
	}
}

func TestLoaded(t *testing.T) {
	g, err := Parse("xx", "intro\n\n| term | status | instead | why |\n|---|---|---|---|\n"+
		"| régime | loaded | le gouvernement | a verdict |\n"+
		"| autoproclamad* / autodeclarad* | loaded | se declaró | an epithet |\n"+
		"| *переворот* | loaded | заявил | a verdict |\n"+
		"| самопровозглаш* | loaded | объявил себя | an epithet |\n"+
		"| coup d'état | loaded | revendiqué | a verdict |\n"+
		"| presidente encargado | attributed | se declaró presidente encargado | his title |\n")
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Le Régime de Maduro":          "Régime",
		"le régimes":                   "", // whole words only
		"El autoproclamado presidente": "autoproclamado",
		"La Autodeclarada":             "Autodeclarada",
		"госпереворота не было":        "госпереворота",
		"самопровозглашённый президент": "самопровозглашённый",
		"un coup d’État":                           "coup d’État",
		"Guaidó se declaró presidente encargado":   "", // attributed, not warned
		"dijo que era un «régime autoproclamado»":  "", // a speaker's words
		"called it a “régime”, and autoproclamado": "autoproclamado",
		"Маргарита «Самопровозглашённый» самолёт":  "",
		"unclosed « régime":                        "",
		"a \"régime\" then régime":                 "régime",
		"autoproclamation":                         "",
		"autoproclamadoR":                          "autoproclamadoR",
		"x\u00a0autoproclamado\u00a0y":             "autoproclamado",
		"dictator":                                 "",
		"переворотом и самопровозглашением режима": "переворотом; самопровозглашением",
		"": "",
	} {
		var got []string
		for _, m := range g.Loaded(text) {
			got = append(got, m.Text)
		}
		if strings.Join(got, "; ") != want {
			t.Errorf("Loaded(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestParseRefuses(t *testing.T) {
	head := "| term | status | instead | why |\n|---|---|---|---|\n"
	for _, src := range []string{
		"no table",
		"| term | why |\n|---|---|\n| a | b |\n",
		head + "| a | maybe | b | c |\n",
		head + "| a | loaded |  | c |\n",
		head + "| a | loaded | b |\n",
		head + "| * | neutral | | c |\n",
		head,
	} {
		if _, err := Parse("xx", src); err == nil {
			t.Errorf("no error for %q", src)
		}
	}
}
