package data

import (
	"time"

	"github.com/tidwall/gjson"
)

// events reads the story's steps, in date order, one per day.
func (p *parser) events(s *Story, r gjson.Result, questions, sources map[string]bool) {
	seen := map[string]bool{}
	items := p.array(r, here("events"), true)
	if r.IsArray() && len(items) == 0 {
		p.add("events", "must list at least one event")
	}
	var prev time.Time
	prevAt := ""
	for i, v := range items {
		at := index("events", i)
		f, ok := p.fields(v, at, "id", "date", "label", "headline", "summary", "question", "note", "sources")
		if !ok {
			continue
		}
		e := Event{ID: p.id(f.Get("id"), field(at, "id"))}
		p.unique(seen, e.ID, at+".id")
		if d, ok := p.date(f.Get("date"), field(at, "date")); ok {
			e.Date = d
			if prevAt != "" && !d.After(prev) {
				p.add(at+".date", "%s is not after %s (%s); events must be in date order, one per day",
					d.Format(time.DateOnly), prevAt, prev.Format(time.DateOnly))
			}
			prev, prevAt = d, at+".date"
		}
		e.Label = p.text(f.Get("label"), field(at, "label"), false)
		e.Headline = p.text(f.Get("headline"), field(at, "headline"), true)
		e.Summary = p.text(f.Get("summary"), field(at, "summary"), true)
		e.Note = p.text(f.Get("note"), field(at, "note"), false)
		if q := p.str(f.Get("question"), field(at, "question"), true); q != "" {
			if !questions[q] {
				p.add(at+".question", "unknown question %q", q)
			}
			e.Question = q
		}
		e.Sources = p.refs(f.Get("sources"), field(at, "sources"), "source", sources, false)
		s.Events = append(s.Events, e)
	}
}
