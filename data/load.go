package data

import (
	"slices"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// FormatID is the value of a story file's optional "format" field.
const FormatID = "stancemap-story/1"

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
	js := string(b) // one copy: gjson's results and the limits' walk slice it
	p := &parser{}
	if !p.withinLimits(js) {
		return nil, p.probs
	}
	return p.story(js, opt)
}

// LoadDefault loads the embedded default story, as Load(DefaultJSON(), opt)
// does, without the checks that only a file from elsewhere needs: its
// nesting, UTF-8, JSON syntax and sizes are the build's, and the package's
// tests hold it to them (TestDefaultPassesFileChecks). Those scans were
// over half of its load in the wasm, where the widget loads it on every page
// view before its first frame.
func LoadDefault(opt Options) (*Story, error) {
	return (&parser{}).story(string(defaultStory), opt)
}

// story reads the story in js, which the file checks have passed.
func (p *parser) story(js string, opt Options) (*Story, error) {
	root := gjson.Parse(js)
	f, ok := p.fields(root, "", "$schema", "format", "id", "lang", "langs", "title", "credit",
		"subject", "view", "sides", "questions", "sources", "events", "countries", "corrections")
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
	p.view(s, f.Get("view"))
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

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
