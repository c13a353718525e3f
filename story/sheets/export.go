package sheets

import (
	"strings"
	"time"

	"github.com/stancemap/stancemap/data"
)

// Export turns a loaded story into its sheets, in the order of Names.
// Texts get a column per language of the story (headline_en,
// headline_es…); ids in a cell are joined by ';'; dates are YYYY-MM-DD.
// What the sheets cannot hold is not exported: comments ("_" keys) and a
// country listed with no stance at all, which shows as no data either way.
func Export(s *data.Story) []Sheet {
	return []Sheet{
		exportStory(s), exportSides(s), exportQuestions(s), exportSources(s),
		exportEvents(s), exportStances(s), exportCorrections(s),
	}
}

// langCols is "field_lang" for each of the story's languages.
func langCols(field string, langs []string) []string {
	out := make([]string, len(langs))
	for i, l := range langs {
		out[i] = field + "_" + l
	}
	return out
}

// inLangs is t's text in each language, "" where it has none.
func inLangs(t data.Text, langs []string) []string {
	out := make([]string, len(langs))
	for i, l := range langs {
		out[i] = t[l]
	}
	return out
}

func day(t time.Time) string { return t.Format(time.DateOnly) }

func exportStory(s *data.Story) Sheet {
	sh := Sheet{Name: StorySheet, Header: []string{"field", "value"}}
	add := func(k, v string) { sh.Rows = append(sh.Rows, []string{k, v}) }
	add("id", s.ID)
	add("lang", s.Lang)
	add("langs", strings.Join(s.Langs, " "))
	add("subject", strings.Join(s.Subject, " "))
	if s.View != "" {
		add("view", s.View)
	}
	for _, l := range s.Langs {
		add("title_"+l, s.Title[l])
	}
	for _, l := range s.Langs {
		add("credit_"+l, s.Credit[l])
	}
	return sh
}

func exportSides(s *data.Story) Sheet {
	sh := Sheet{Name: SidesSheet, Header: append([]string{"id", "color", "colorDark", "pattern"}, langCols("label", s.Langs)...)}
	for _, d := range s.Sides {
		sh.Rows = append(sh.Rows, append([]string{d.ID, d.Color, d.ColorDark, d.Pattern}, inLangs(d.Label, s.Langs)...))
	}
	return sh
}

func exportQuestions(s *data.Story) Sheet {
	sh := Sheet{Name: QuestionsSheet, Header: append([]string{"id", "context"}, langCols("text", s.Langs)...)}
	for _, d := range s.Sides {
		sh.Header = append(sh.Header, langCols("label_"+d.ID, s.Langs)...)
	}
	for _, q := range s.Questions {
		row := append([]string{q.ID, q.Context}, inLangs(q.Text, s.Langs)...)
		for _, d := range s.Sides {
			row = append(row, inLangs(q.Labels[d.ID], s.Langs)...)
		}
		sh.Rows = append(sh.Rows, row)
	}
	return sh
}

func exportSources(s *data.Story) Sheet {
	sh := Sheet{Name: SourcesSheet, Header: []string{"id", "publisher", "title", "date", "url"}}
	for _, src := range s.Sources {
		sh.Rows = append(sh.Rows, []string{src.ID, src.Publisher, src.Title, src.Date, src.URL})
	}
	return sh
}

// eventTexts are the events sheet's text fields, each with a column per
// language.
var eventTexts = []string{"label", "headline", "summary", "note"}

func exportEvents(s *data.Story) Sheet {
	sh := Sheet{Name: EventsSheet, Header: []string{"id", "date", "question", "sources"}}
	for _, f := range eventTexts {
		sh.Header = append(sh.Header, langCols(f, s.Langs)...)
	}
	for _, e := range s.Events {
		row := []string{e.ID, day(e.Date), e.Question, strings.Join(e.Sources, ";")}
		for _, t := range []data.Text{e.Label, e.Headline, e.Summary, e.Note} {
			row = append(row, inLangs(t, s.Langs)...)
		}
		sh.Rows = append(sh.Rows, row)
	}
	return sh
}

// exportStances writes one row per entry, by country code, then the
// story's question order, then date.
func exportStances(s *data.Story) Sheet {
	sh := Sheet{Name: StancesSheet, Header: append([]string{"code", "question", "from", "side", "uncertain", "sources"}, langCols("note", s.Langs)...)}
	for _, c := range s.Countries {
		for _, q := range s.Questions {
			for _, e := range c.Stances[q.ID] {
				unc := ""
				if e.Uncertain {
					unc = "true"
				}
				sh.Rows = append(sh.Rows, append([]string{c.Code, q.ID, day(e.From), e.Side, unc, strings.Join(e.Sources, ";")},
					inLangs(e.Note, s.Langs)...))
			}
		}
	}
	return sh
}

func exportCorrections(s *data.Story) Sheet {
	sh := Sheet{Name: CorrectionsSheet, Header: append([]string{"date"}, langCols("text", s.Langs)...)}
	for _, c := range s.Corrections {
		sh.Rows = append(sh.Rows, append([]string{day(c.Date)}, inLangs(c.Text, s.Langs)...))
	}
	return sh
}
