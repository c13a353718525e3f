package data

import (
	"sort"
	"time"

	"github.com/tidwall/gjson"
)

// subject reads the optional list of countries the story is about. They
// are drawn apart, with no side, so a subject may not have a stance.
func (p *parser) subject(s *Story, r gjson.Result, opt Options) map[string]string {
	at := map[string]string{}
	for i, v := range p.array(r, here("subject"), false) {
		path := index("subject", i)
		code := p.str(v, here(path), true)
		switch {
		case code == "":
		case !isCode(code):
			p.add(path, "%q is not an ISO 3166-1 alpha-3 code like \"VEN\" (Kosovo: \"XKX\")", code)
		case at[code] != "":
			p.add(path, "%q appears more than once", code)
		case opt.KnownCode != nil && !opt.KnownCode(code):
			p.add(path, "%q is not a country in the world atlas, so it cannot be drawn", code)
		default:
			at[code] = path
			s.Subject = append(s.Subject, code)
		}
	}
	return at
}

// countries reads each country's stances by question, sorted by code.
func (p *parser) countries(s *Story, r gjson.Result, opt Options, sides, questions, sources map[string]bool, subject map[string]string) {
	seen := map[string]bool{}
	asked := keysOf(questions)
	for i, v := range p.array(r, here("countries"), true) {
		at := index("countries", i)
		f, ok := p.fields(v, at, "code", "stances")
		if !ok {
			continue
		}
		c := Country{Code: p.str(f.Get("code"), field(at, "code"), true), Stances: map[string][]Entry{}}
		switch {
		case c.Code == "":
		case !isCode(c.Code):
			p.add(at+".code", "%q is not an ISO 3166-1 alpha-3 code like \"VEN\" (Kosovo: \"XKX\")", c.Code)
		case seen[c.Code]:
			p.add(at+".code", "duplicate country %q", c.Code)
		case opt.KnownCode != nil && !opt.KnownCode(c.Code):
			p.add(at+".code", "%q is not a country in the world atlas, so it cannot be drawn", c.Code)
		}
		seen[c.Code] = true
		st := f.Get("stances")
		if !st.Exists() {
			p.add(at+".stances", "is required (an object of question id -> entries)")
			continue
		}
		if !p.object(st, at+".stances", asked...) {
			continue
		}
		st.ForEach(func(k, list gjson.Result) bool {
			q := k.String()
			if questions[q] {
				c.Stances[q] = p.entries(list, join(at+".stances", q), sides, sources)
				if len(c.Stances[q]) > 0 && subject[c.Code] != "" {
					p.add(join(at+".stances", q), "%s is the story's subject (%s), drawn apart with no side; remove its stances or take it out of subject",
						c.Code, subject[c.Code])
				}
			}
			return true
		})
		s.Countries = append(s.Countries, c)
	}
	// sort.Slice, which the wasm has anyway: a SortFunc of Country
	// values was 22 KB of code of its own.
	sort.Slice(s.Countries, func(i, j int) bool { return s.Countries[i].Code < s.Countries[j].Code })
}

// entries reads one country's stances on one question, in date order.
func (p *parser) entries(r gjson.Result, path string, sides, sources map[string]bool) []Entry {
	var out []Entry
	var prev time.Time
	for i, v := range p.array(r, here(path), true) {
		at := index(path, i)
		f, ok := p.fields(v, at, "from", "side", "sources", "uncertain", "note")
		if !ok {
			continue
		}
		var e Entry
		if d, ok := p.date(f.Get("from"), field(at, "from")); ok {
			if len(out) > 0 && !d.After(prev) {
				p.add(at+".from", "%s is not after the previous entry's %s; entries must be in date order",
					d.Format(time.DateOnly), prev.Format(time.DateOnly))
			}
			e.From, prev = d, d
		}
		if e.Side = p.str(f.Get("side"), field(at, "side"), true); e.Side != "" && !sides[e.Side] {
			p.add(at+".side", "unknown side %q", e.Side)
		}
		e.Sources = p.refs(f.Get("sources"), field(at, "sources"), "source", sources, true)
		e.Uncertain = p.boolean(f.Get("uncertain"), field(at, "uncertain"))
		e.Note = p.text(f.Get("note"), field(at, "note"), false)
		if e.Uncertain && !f.Get("note").Exists() {
			p.add(at+".note", "is required when uncertain is true: say why")
		}
		out = append(out, e)
	}
	return out
}
