package data

import (
	"time"

	"github.com/tidwall/gjson"
)

// corrections reads the optional list of published changes, in date order
// (several on one day are fine).
func (p *parser) corrections(s *Story, r gjson.Result) {
	var prev time.Time
	for i, v := range p.array(r, here("corrections"), false) {
		at := index("corrections", i)
		f, ok := p.fields(v, at, "date", "text")
		if !ok {
			continue
		}
		var c Correction
		if d, ok := p.date(f.Get("date"), field(at, "date")); ok {
			if len(s.Corrections) > 0 && d.Before(prev) {
				p.add(at+".date", "%s is before the previous correction's %s; corrections must be in date order",
					d.Format(time.DateOnly), prev.Format(time.DateOnly))
			}
			c.Date, prev = d, d
		}
		c.Text = p.text(f.Get("text"), field(at, "text"), true)
		s.Corrections = append(s.Corrections, c)
	}
}
