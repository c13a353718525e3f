package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/story/glossary"
)

// storyText is one text of the story: its JSON path, what it is in words
// for a message ("step \"claim\" headline"), and its languages.
type storyText struct {
	path, what string
	text       data.Text
}

// texts lists every text of the story, countries in the file's order.
func (c *checker) texts() []storyText {
	s := c.s
	var out []storyText
	add := func(path, what string, t data.Text) {
		if len(t) > 0 {
			out = append(out, storyText{path, what, t})
		}
	}
	add("title", "the title", s.Title)
	add("credit", "the credit", s.Credit)
	for i, d := range s.Sides {
		add(fmt.Sprintf("sides[%d].label", i), fmt.Sprintf("side %q label", d.ID), d.Label)
	}
	for i, q := range s.Questions {
		at := fmt.Sprintf("questions[%d]", i)
		add(at+".text", fmt.Sprintf("question %q text", q.ID), q.Text)
		for _, d := range s.Sides {
			if t, ok := q.Labels[d.ID]; ok {
				add(at+".labels."+d.ID, fmt.Sprintf("question %q label for %s", q.ID, d.ID), t)
			}
		}
	}
	for i, e := range s.Events {
		at := fmt.Sprintf("events[%d]", i)
		for _, f := range []struct {
			name string
			t    data.Text
		}{{"label", e.Label}, {"headline", e.Headline}, {"summary", e.Summary}, {"note", e.Note}} {
			add(at+"."+f.name, fmt.Sprintf("step %q %s", e.ID, f.name), f.t)
		}
	}
	for i, cr := range s.Corrections {
		add(fmt.Sprintf("corrections[%d].text", i), "correction of "+cr.Date.Format("2006-01-02"), cr.Text)
	}
	countries := slices.Clone(s.Countries)
	slices.SortFunc(countries, func(a, b data.Country) int { return c.fileIndex[a.Code] - c.fileIndex[b.Code] })
	for _, ctry := range countries {
		for _, q := range s.Questions {
			for k, e := range ctry.Stances[q.ID] {
				add(fmt.Sprintf("%s.stances.%s[%d].note", c.countryPath(ctry.Code), q.ID, k),
					fmt.Sprintf("%s's note on %s from %s", ctry.Code, q.ID, e.From.Format("2006-01-02")), e.Note)
			}
		}
	}
	return out
}

// missingTexts warns about each text that has some of the story's
// languages but not all: readers of the others get the default language.
func (c *checker) missingTexts() {
	for _, t := range c.texts() {
		var missing []string
		for _, l := range c.s.Langs {
			if t.text[l] == "" {
				missing = append(missing, l)
			}
		}
		if len(missing) > 0 {
			c.warn(MissingText, t.path+"."+missing[0], "no text in %s: readers in %s see the %s text",
				strings.Join(missing, ", "), strings.Join(missing, ", "), c.s.Lang)
		}
	}
}

// loadedTerms warns about each term of the language's glossary
// (story/glossary) marked as loaded that a text uses outside quotation
// marks: words that take a side in the story's dispute.
func (c *checker) loadedTerms() {
	gs := map[string]*glossary.Glossary{}
	for _, l := range c.s.Langs {
		if g, err := glossary.For(l); err == nil && g != nil {
			gs[l] = g
		}
	}
	for _, t := range c.texts() {
		for _, l := range c.s.Langs {
			for _, m := range gs[l].Loaded(t.text[l]) {
				c.warn(LoadedTerm, t.path+"."+l, "%s, in %s, says %q, which takes a side (%s); the %s glossary's wording: %s",
					t.what, l, m.Text, m.Term.Why, gs[l].Lang, m.Term.Instead)
			}
		}
	}
}
