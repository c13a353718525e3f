// Package words says the story in the reader's language: country names,
// side labels in each question's words, sources, what changed since the
// last step, the question the colours answer, when the story was last
// corrected, the text alternative and the live announcements for screen
// readers, and finding a country by its name. The layout measures these
// words, compose draws them, and the embedding page reads them; none of
// them is worded twice.
package words

import (
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/i18n"
)

// Words says one story in one UI language. It keeps what it has worded
// for each step, so it is not safe for concurrent use.
type Words struct {
	story *data.Story
	world *geo.World
	lang  string
	// changes holds Changes by step and most: the layout asks for every
	// step's at every size it tries (PreferredHeight tries dozens).
	changes map[[2]int]string
}

// New returns the words of story on world in lang (normalised by i18n: an
// unknown language is English). A nil story or world says nothing.
func New(story *data.Story, world *geo.World, lang string) *Words {
	return &Words{story: story, world: world, lang: i18n.Normalize(lang)}
}

// Lang is the UI language.
func (w *Words) Lang() string { return w.lang }

// Tx picks a story text in the UI language, else the story's own language.
func (w *Words) Tx(t data.Text) string { return t.In(w.lang, w.story.Lang) }

// Name is a country's name in the UI language.
func (w *Words) Name(code string) string {
	if w.world == nil {
		return code
	}
	return w.world.Name(code, w.lang)
}

// IsSubject reports whether code is drawn as the story's subject: one of
// the countries the story says it is about (data.Story.Subject), drawn dark
// and labelled, with no side. A story without a subject has none.
func (w *Words) IsSubject(code string) bool {
	return w.story != nil && w.story.IsSubject(code)
}

// SideLabel is a side's label at step i, in the words of the step's
// question (data.Story.SideLabel) and the UI language; "" is no data.
func (w *Words) SideLabel(i int, id string) string {
	q := ""
	if i >= 0 && i < len(w.story.Events) {
		q = w.story.Events[i].Question
	}
	if t := w.story.SideLabel(q, id); t != nil {
		return w.Tx(t)
	}
	return i18n.T(w.lang, "nodata")
}

// ContextLabel is side's label in the words of the question step i takes
// its context from: where a country with no stance at step i stands
// ("Recognised Guaidó"). It is the no-data label where there is no context.
func (w *Words) ContextLabel(i int, side string) string {
	q := w.story.QuestionOf(i)
	if q == nil || q.Context == "" {
		return i18n.T(w.lang, "nodata")
	}
	return w.Tx(w.story.SideLabel(q.Context, side))
}

// StandingLabel says in full that a country has no stance on step i's
// question and where it stands on the context question: "No statement
// found on this question; standing position: Recognised Guaidó".
func (w *Words) StandingLabel(i int, side string) string {
	return i18n.F(w.lang, "standingGroup", w.ContextLabel(i, side))
}

// SourceNames lists the short names (publishers) of sources, once each.
func (w *Words) SourceNames(ids []string) string {
	var names []string
	seen := map[string]bool{}
	for _, id := range ids {
		n := id
		if s := w.story.Source(id); s != nil && s.Publisher != "" {
			n = s.Publisher
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// Updated is "Updated 6 Dec 2026" with the story's latest correction, or
// "" for a story never corrected.
func (w *Words) Updated() string {
	d, ok := w.story.Updated()
	if !ok {
		return ""
	}
	return i18n.F(w.lang, "updated", i18n.Date(w.lang, d))
}

// CaptionSources is the caption's last line: what step i rests on, and
// when the story was last corrected (published facts change).
func (w *Words) CaptionSources(i int) string {
	src := ""
	if s := w.SourceNames(w.story.Events[i].Sources); s != "" {
		src = i18n.F(w.lang, "sources", s)
	}
	return joinNonEmpty("  ·  ", src, w.Updated())
}

// Credit is a print page's credit line: credit (the story's own when
// empty), then when the story was last corrected.
func (w *Words) Credit(credit string) string {
	if credit == "" {
		credit = w.Tx(w.story.Credit)
	}
	if u := w.Updated(); u != "" {
		credit = joinNonEmpty(" · ", credit, u)
	}
	return credit
}

// Title is a scene's short text alternative at step i: the story's title
// and the step's headline.
func (w *Words) Title(i int) string {
	return w.Tx(w.story.Title) + " — " + w.Tx(w.story.Events[i].Headline)
}

// joinNonEmpty joins the parts that are not empty with sep.
func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		switch {
		case p == "":
		case out == "":
			out = p
		default:
			out += sep + p
		}
	}
	return out
}
