package data

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// FormatID is the value of a story file's optional "format" field.
const FormatID = "stancemap-story/1"

var patterns = []string{"none", "hatch", "backhatch", "cross", "dots"}

// Load parses and validates a story file. When the story is invalid the
// error is Problems, listing every problem found with its JSON path. Load
// never panics, whatever the bytes.
func Load(b []byte, opt Options) (*Story, error) {
	if pr := checkShape(b); pr != nil {
		return nil, Problems{*pr}
	}
	if !utf8.Valid(b) {
		return nil, Problems{{Message: "story file is not valid UTF-8"}}
	}
	if !gjson.ValidBytes(b) {
		return nil, Problems{{Message: "story file is not valid JSON (truncated, or a syntax error)"}}
	}
	root := gjson.ParseBytes(b)
	p := &parser{}
	if !p.withinLimits(root) {
		return nil, p.probs
	}
	f, ok := p.fields(root, "", "$schema", "format", "id", "lang", "langs", "title", "credit",
		"subject", "sides", "questions", "sources", "events", "countries", "corrections")
	if !ok {
		return nil, p.probs
	}
	s := &Story{}
	// $schema names story.schema.json for editors' completion: a string,
	// not read further.
	p.str(f.Get("$schema"), here("$schema"), false)
	if fm := f.Get("format"); fm.Exists() && fm.String() != FormatID {
		p.add("format", "%s is not %q", short(fm), FormatID)
	}
	s.ID = p.id(f.Get("id"), here("id"))
	p.langsOf(s, &f)
	s.Title = p.text(f.Get("title"), here("title"), true)
	s.Credit = p.text(f.Get("credit"), here("credit"), true)

	sides := p.sides(s, f.Get("sides"))
	questions := p.questions(s, f.Get("questions"), sides)
	sources := p.sources(s, f.Get("sources"))
	p.events(s, f.Get("events"), questions, sources)
	subject := p.subject(s, f.Get("subject"), opt)
	p.countries(s, f.Get("countries"), opt, sides, questions, sources, subject)
	p.corrections(s, f.Get("corrections"))
	if len(p.probs) > 0 {
		return nil, p.probs
	}
	s.derive()
	return s, nil
}

func (p *parser) langsOf(s *Story, root *fieldSet) {
	s.Lang = p.str(root.Get("lang"), here("lang"), true)
	if s.Lang != "" && !IsLang(s.Lang) {
		p.add("lang", "%q is not a language code like \"en\"", s.Lang)
	}
	p.lang = s.Lang
	p.langs = map[string]bool{s.Lang: true}
	s.Langs = []string{s.Lang}
	for i, v := range p.array(root.Get("langs"), here("langs"), false) {
		at := index("langs", i)
		l := p.str(v, here(at), true)
		switch {
		case l == "":
		case !IsLang(l):
			p.add(at, "%q is not a language code like \"es\"", l)
		case l != s.Lang && p.langs[l]:
			p.add(at, "%q appears more than once", l)
		case l != s.Lang:
			p.langs[l] = true
			s.Langs = append(s.Langs, l)
		}
	}
}

// unique records id under path and reports a duplicate.
func (p *parser) unique(seen map[string]bool, id, path string) {
	if id == "" {
		return
	}
	if seen[id] {
		p.add(path, "duplicate id %q", id)
	}
	seen[id] = true
}

func (p *parser) sides(s *Story, r gjson.Result) map[string]bool {
	seen := map[string]bool{}
	items := p.array(r, here("sides"), true)
	if r.IsArray() && len(items) == 0 {
		p.add("sides", "must list at least one side")
	}
	for i, v := range items {
		at := index("sides", i)
		f, ok := p.fields(v, at, "id", "label", "color", "colorDark", "pattern")
		if !ok {
			continue
		}
		d := Side{ID: p.id(f.Get("id"), field(at, "id"))}
		if d.ID == "none" {
			p.add(at+".id", `"none" is reserved for "no stance"`)
		}
		p.unique(seen, d.ID, at+".id")
		d.Label = p.text(f.Get("label"), field(at, "label"), true)
		d.Color = p.color(f.Get("color"), field(at, "color"), true)
		d.ColorDark = p.color(f.Get("colorDark"), field(at, "colorDark"), false)
		if d.ColorDark == "" {
			d.ColorDark = d.Color
		}
		d.Pattern = "none"
		if pt := f.Get("pattern"); pt.Exists() {
			d.Pattern = p.str(pt, field(at, "pattern"), true)
			if d.Pattern != "" && !slices.Contains(patterns, d.Pattern) {
				p.add(at+".pattern", "%q is not one of %s", d.Pattern, strings.Join(patterns, ", "))
			}
		}
		s.Sides = append(s.Sides, d)
	}
	return seen
}

func (p *parser) color(r gjson.Result, at loc, required bool) string {
	c := p.str(r, at, required)
	if c != "" && !isColor(c) {
		p.add(at.String(), "%q is not a colour like \"#0072b2\"", c)
		return ""
	}
	return strings.ToLower(c)
}

func (p *parser) questions(s *Story, r gjson.Result, sides map[string]bool) map[string]bool {
	seen := map[string]bool{}
	items := p.array(r, here("questions"), true)
	if r.IsArray() && len(items) == 0 {
		p.add("questions", "must list at least one question")
	}
	contextAt := map[int]gjson.Result{}
	for i, v := range items {
		at := index("questions", i)
		f, ok := p.fields(v, at, "id", "text", "labels", "context")
		if !ok {
			continue
		}
		q := Question{ID: p.id(f.Get("id"), field(at, "id"))}
		p.unique(seen, q.ID, at+".id")
		q.Text = p.text(f.Get("text"), field(at, "text"), true)
		q.Labels = p.labels(f.Get("labels"), at+".labels", sides)
		if c := f.Get("context"); c.Exists() {
			contextAt[len(s.Questions)] = c
		}
		s.Questions = append(s.Questions, q)
	}
	// A context names another question, which may come later in the list.
	for k, c := range contextAt {
		q := &s.Questions[k]
		at := field(index("questions", k), "context")
		id := p.str(c, at, true)
		switch {
		case id == "":
		case id == q.ID:
			p.add(at.String(), "%q is the question itself; name another question, or leave context out", id)
		case !seen[id]:
			p.add(at.String(), "unknown question %q", id)
		default:
			q.Context = id
		}
	}
	return seen
}

// labels reads a question's side labels: an object of side id -> text.
func (p *parser) labels(r gjson.Result, path string, sides map[string]bool) map[string]Text {
	if !r.Exists() {
		return nil
	}
	if !r.IsObject() {
		p.add(path, "must be an object of side id -> text, not %s", kind(r))
		return nil
	}
	out := map[string]Text{}
	r.ForEach(func(k, v gjson.Result) bool {
		id := k.String()
		at := join(path, id)
		switch {
		case len(id) > 0 && id[0] == '_':
		case !sides[id]:
			p.add(at, "unknown side %q (sides: %s)", id, strings.Join(keysOf(sides), ", "))
		case out[id] != nil:
			p.add(at, "appears more than once")
		default:
			out[id] = p.text(v, here(at), true)
		}
		return true
	})
	return out
}

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

func (p *parser) countries(s *Story, r gjson.Result, opt Options, sides, questions, sources map[string]bool, subject map[string]string) {
	seen := map[string]bool{}
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
		if !p.object(st, at+".stances", keysOf(questions)...) {
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
	slices.SortFunc(s.Countries, func(a, b Country) int { return strings.Compare(a.Code, b.Code) })
}

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

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

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
