package data

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/i18n"
)

// TestDefaultTextComplete checks every text of the default story exists in
// all its languages, and those are every language the UI has (a file in
// widget/i18n/lang); Load only requires the default language.
func TestDefaultTextComplete(t *testing.T) {
	s := loadDefault(t)
	if !slices.Equal(slices.Sorted(slices.Values(s.Langs)), slices.Sorted(slices.Values(i18n.Langs))) {
		t.Errorf("the story is in %v, the UI in %v", s.Langs, i18n.Langs)
	}
	check := func(where string, tx Text) {
		for _, l := range s.Langs {
			if strings.TrimSpace(tx[l]) == "" {
				t.Errorf("%s: no %s text", where, l)
			}
		}
	}
	check("title", s.Title)
	check("credit", s.Credit)
	for _, d := range s.Sides {
		check("side "+d.ID, d.Label)
	}
	for _, q := range s.Questions {
		check("question "+q.ID, q.Text)
	}
	for _, e := range s.Events {
		for name, tx := range map[string]Text{"label": e.Label, "headline": e.Headline, "summary": e.Summary, "note": e.Note} {
			check(e.ID+" "+name, tx)
		}
		if n := strings.Count(e.Summary["en"], ". ") + 1; n != 2 {
			t.Errorf("%s: summary has %d sentences, want 2", e.ID, n)
		}
		if len(e.Sources) == 0 {
			t.Errorf("%s: no sources", e.ID)
		}
	}
	for _, c := range s.Countries {
		for q, entries := range c.Stances {
			for i, e := range entries {
				if len(e.Note) > 0 {
					check(fmt.Sprintf("%s %s[%d] note", c.Code, q, i), e.Note)
				}
			}
		}
	}
}

// TestDefaultQuestionWords checks the legend never says "Backed Guaidó"
// before Guaidó led anything: the 2019 term question names its sides in
// its own words.
func TestDefaultQuestionWords(t *testing.T) {
	s := loadDefault(t)
	for _, lang := range s.Langs {
		for _, side := range []string{"guaido", "maduro", "neutral"} {
			label := s.SideLabel("term2019", side)[lang]
			if label == "" || strings.Contains(label, "Guaid") || strings.Contains(label, "Гуайдо") {
				t.Errorf("term2019 %s label in %s = %q", side, lang, label)
			}
		}
		if l := s.SideLabel("assembly2020", "maduro")[lang]; !strings.Contains(l, "Parra") && !strings.Contains(l, "Парр") {
			t.Errorf("assembly2020's maduro side in %s should name Parra: %q", lang, l)
		}
	}
	if q := s.Question("assembly2020"); q.Context != "president" {
		t.Errorf("assembly2020 context = %q, want president", q.Context)
	}
	if q := s.Question("president").Text["en"]; !strings.Contains(q, "formal act") {
		t.Errorf("the president question should say recognition is a formal act and backing Maduro is not: %q", q)
	}
}

// TestDefaultWording guards the plain, neutral English of the shipped
// story: no word that takes a side, and one term per speaker for Guaidó's
// title ("acting president" is his own claim, "interim president" what
// the governments and the European Parliament recognised).
func TestDefaultWording(t *testing.T) {
	s := loadDefault(t)
	loaded := []string{"regime", "dictator", "usurp", "puppet", "self-proclaimed", "illegitimate", "allies", "forced his way", "whatever"}
	texts := map[string]string{"title": s.Title["en"], "credit": s.Credit["en"]}
	for _, q := range s.Questions {
		texts["question "+q.ID] = q.Text["en"]
	}
	for _, e := range s.Events {
		texts[e.ID+" headline"] = e.Headline["en"]
		texts[e.ID+" summary"] = e.Summary["en"]
		texts[e.ID+" note"] = e.Note["en"]
	}
	for where, tx := range texts {
		for _, w := range loaded {
			if strings.Contains(strings.ToLower(tx), w) {
				t.Errorf("%s uses %q: %s", where, w, tx)
			}
		}
	}
	if q := s.Question("president").Text["en"]; !strings.Contains(q, "interim president") {
		t.Errorf("the president question should use the recognitions' term, interim president: %q", q)
	}
	if h := s.Events[2].Headline["en"]; !strings.Contains(h, "acting president") {
		t.Errorf("23 Jan 2019 headline should give Guaidó's own title: %q", h)
	}
}

// TestDefaultFactCheckWording: the wording the December 2026 fact-check
// sent back stays fixed. The 23 January 2019 label says Guaidó proclaimed
// himself, not that he took office; Maduro swore his oath before the
// Supreme Court (Верховный суд), not a "tribunal"; no "la da como
// abstenida".
func TestDefaultFactCheckWording(t *testing.T) {
	s := loadDefault(t)
	e := s.Events[2]
	if e.ID != "guaido-claim" || e.Label["es"] != "Guaidó se proclama" {
		t.Errorf("23 Jan 2019 label in es = %q, want %q", e.Label["es"], "Guaidó se proclama")
	}
	if !strings.Contains(s.Events[1].Summary["ru"], "в Верховном суде") {
		t.Errorf("10 Jan 2019 summary in ru should say в Верховном суде: %q", s.Events[1].Summary["ru"])
	}
	b := string(DefaultJSON())
	for _, bad := range []string{"Guaidó asume", "трибунал", "Трибунал", "da como abstenid"} {
		if strings.Contains(b, bad) {
			t.Errorf("the default story still says %q", bad)
		}
	}
}
