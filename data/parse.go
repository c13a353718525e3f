package data

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/tidwall/gjson"
)

// Limits on story files. gjson validates recursively, so nesting is bounded
// by a flat scan before gjson sees the bytes.
const (
	MaxSize  = 8 << 20 // bytes
	MaxDepth = 32      // nested objects/arrays; a story needs 5
)

// checkShape refuses inputs too large or too deeply nested to parse safely.
// It scans once, without recursion, skipping string contents.
func checkShape(b []byte) *Problem {
	if len(b) > MaxSize {
		return &Problem{Message: fmt.Sprintf("story file is %d bytes; the limit is %d (8 MB)", len(b), MaxSize)}
	}
	depth, inString, escaped := 0, false, false
	for i, c := range b {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			if depth > MaxDepth {
				return &Problem{Message: fmt.Sprintf("nesting deeper than %d levels at byte %d; a story needs no more than 5", MaxDepth, i)}
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return nil
}

// parser reads typed fields from gjson results and collects problems, so
// one pass reports everything wrong with a file.
type parser struct {
	probs Problems
	more  int             // problems found past MaxProblems (limits.go)
	lang  string          // default language
	langs map[string]bool // declared languages
}

func (p *parser) add(path, format string, args ...any) {
	if p.capped() {
		return
	}
	p.probs = append(p.probs, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func kind(r gjson.Result) string {
	switch {
	case !r.Exists():
		return "missing"
	case r.IsObject():
		return "an object"
	case r.IsArray():
		return "an array"
	case r.Type == gjson.String:
		return "a string"
	case r.Type == gjson.Number:
		return "a number"
	case r.Type == gjson.True, r.Type == gjson.False:
		return "a boolean"
	case r.Type == gjson.Null:
		return "null"
	}
	return "unknown"
}

// short quotes a raw JSON value for a message, cut to a readable length.
func short(r gjson.Result) string {
	s := r.Raw
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// loc is where a value sits in the file: a path, then a key below it (if
// any), then an index below that (if any). Its string is built only when a
// problem names it: the paths of the fields of a valid story are never
// needed.
type loc struct {
	path string
	key  string
	i    int // -1: no index
}

func field(path, key string) loc { return loc{path: path, key: key, i: -1} }
func here(path string) loc       { return loc{path: path, i: -1} }

// item is the i-th element below l.
func (l loc) item(i int) loc {
	if l.i >= 0 {
		return loc{path: l.String(), i: i}
	}
	l.i = i
	return l
}

func (l loc) String() string {
	s := l.path
	if l.key != "" {
		s = join(s, l.key)
	}
	if l.i >= 0 {
		s = index(s, l.i)
	}
	return s
}

// object checks r is an object whose keys are all allowed (keys starting
// with "_" are comments) and not repeated.
func (p *parser) object(r gjson.Result, path string, allowed ...string) bool {
	return p.scan(nil, r, path, allowed)
}

// maxFields is the most keys an object read with fields may allow.
const maxFields = 16

// fieldSet is an object's values by allowed key, so that each field is read
// without scanning the object again (gjson's Get starts from the object's
// first byte each time).
type fieldSet struct {
	keys []string
	vals [maxFields]gjson.Result
}

// Get is the first value of key, or a Result that does not exist.
func (f *fieldSet) Get(key string) gjson.Result {
	for i, k := range f.keys {
		if k == key {
			return f.vals[i]
		}
	}
	return gjson.Result{}
}

// fields is object that also returns the values of the allowed keys, of
// which there may be at most maxFields (more is a mistake in this package).
func (p *parser) fields(r gjson.Result, path string, allowed ...string) (fieldSet, bool) {
	if len(allowed) > maxFields {
		panic(fmt.Sprintf("data: fields of %s: %d keys, raise maxFields", path, len(allowed)))
	}
	f := fieldSet{keys: allowed}
	ok := p.scan(&f, r, path, allowed)
	return f, ok
}

// scan checks r as object does, keeping the allowed keys' values in f
// unless it is nil.
func (p *parser) scan(f *fieldSet, r gjson.Result, path string, allowed []string) bool {
	if !r.IsObject() {
		p.add(path, "must be an object, not %s", kind(r))
		return false
	}
	seen := map[string]bool{}
	r.ForEach(func(k, v gjson.Result) bool {
		key := k.String()
		dup := seen[key]
		if dup {
			p.add(join(path, key), "appears more than once")
		}
		seen[key] = true
		if len(key) > 0 && key[0] == '_' {
			return true
		}
		if i := slices.Index(allowed, key); i >= 0 {
			if !dup && f != nil {
				f.vals[i] = v
			}
			return true
		}
		p.add(join(path, key), "unknown field (allowed: %v; prefix comments with _)", allowed)
		return true
	})
	return true
}

// array returns the elements of r, or nil with a problem unless r is an
// array (or missing and optional).
func (p *parser) array(r gjson.Result, at loc, required bool) []gjson.Result {
	if !r.Exists() {
		if required {
			p.add(at.String(), "is required")
		}
		return nil
	}
	if !r.IsArray() {
		p.add(at.String(), "must be an array, not %s", kind(r))
		return nil
	}
	return r.Array()
}

func (p *parser) str(r gjson.Result, at loc, required bool) string {
	if !r.Exists() {
		if required {
			p.add(at.String(), "is required")
		}
		return ""
	}
	if r.Type != gjson.String {
		p.add(at.String(), "must be a string, not %s", kind(r))
		return ""
	}
	if required && r.Str == "" {
		p.add(at.String(), "must not be empty")
	}
	return r.Str
}

func (p *parser) id(r gjson.Result, at loc) string {
	s := p.str(r, at, true)
	if s != "" && !isID(s) {
		p.add(at.String(), "%q is not a valid id (letters, digits, . _ -; starting with a letter or digit)", s)
	}
	return s
}

func (p *parser) boolean(r gjson.Result, at loc) bool {
	if !r.Exists() {
		return false
	}
	if r.Type != gjson.True && r.Type != gjson.False {
		p.add(at.String(), "must be true or false, not %s", kind(r))
		return false
	}
	return r.Bool()
}

// date reads a calendar date "YYYY-MM-DD" as midnight UTC.
func (p *parser) date(r gjson.Result, at loc) (time.Time, bool) {
	s := p.str(r, at, true)
	if s == "" {
		return time.Time{}, false
	}
	t, ok := civilDate(s)
	if !ok {
		p.add(at.String(), "%q is not a date (want YYYY-MM-DD)", s)
		return time.Time{}, false
	}
	return t, true
}

// text reads {"en": "...", "es": "..."}. Required text must have the
// default language; every key must be a declared language.
func (p *parser) text(r gjson.Result, at loc, required bool) Text {
	if !r.Exists() {
		if required {
			p.add(at.String(), "is required (an object of language -> text)")
		}
		return nil
	}
	if !r.IsObject() {
		p.add(at.String(), "must be an object of language -> text, not %s", kind(r))
		return nil
	}
	t := Text{}
	r.ForEach(func(k, v gjson.Result) bool {
		lang := k.String()
		switch {
		case p.langs != nil && !p.langs[lang]:
			p.add(join(at.String(), lang), "language %q is not in the story's langs", lang)
		case v.Type != gjson.String:
			p.add(join(at.String(), lang), "must be a string, not %s", kind(v))
		default:
			if _, dup := t[lang]; dup {
				p.add(join(at.String(), lang), "appears more than once")
			}
			t[lang] = v.Str
		}
		return true
	})
	if (required || len(t) > 0) && t[p.lang] == "" {
		p.add(join(at.String(), p.lang), "text in the default language %q is required", p.lang)
	}
	return t
}

// ids reads an array of references and checks each against known.
func (p *parser) refs(r gjson.Result, at loc, what string, known map[string]bool, required bool) []string {
	items := p.array(r, at, required)
	if required && r.IsArray() && len(items) == 0 {
		p.add(at.String(), "must list at least one %s", what)
	}
	var out []string
	for i, v := range items {
		s := p.str(v, at.item(i), true)
		if s == "" {
			continue
		}
		if !known[s] {
			p.add(at.item(i).String(), "unknown %s %q", what, s)
			continue
		}
		out = append(out, s)
	}
	return out
}
