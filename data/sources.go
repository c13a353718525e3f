package data

import (
	"strings"

	"github.com/tidwall/gjson"
)

// sources reads the story's sources and returns their ids, which events
// and entries cite.
func (p *parser) sources(s *Story, r gjson.Result) map[string]bool {
	seen := map[string]bool{}
	for i, v := range p.array(r, here("sources"), true) {
		at := index("sources", i)
		f, ok := p.fields(v, at, "id", "publisher", "title", "date", "url")
		if !ok {
			continue
		}
		src := Source{ID: p.id(f.Get("id"), field(at, "id"))}
		p.unique(seen, src.ID, at+".id")
		src.Publisher = p.str(f.Get("publisher"), field(at, "publisher"), true)
		src.Title = p.str(f.Get("title"), field(at, "title"), false)
		src.Date = p.str(f.Get("date"), field(at, "date"), false)
		if src.Date != "" && !partialDate(src.Date) {
			p.add(at+".date", "%q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)", src.Date)
		}
		src.URL = p.str(f.Get("url"), field(at, "url"), false)
		if src.URL != "" && !strings.HasPrefix(src.URL, "https://") && !strings.HasPrefix(src.URL, "http://") {
			p.add(at+".url", "%q is not an http(s) address", src.URL)
		}
		s.Sources = append(s.Sources, src)
	}
	return seen
}
