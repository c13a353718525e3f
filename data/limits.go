package data

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// Limits on a story's size, checked before it is read (see FORMAT.md).
// The loader derives one map of stances per event, so memory grows with
// events × countries, and the layout wraps every step's caption at each
// size it tries. Measured in headless Chromium, a story at these limits
// (every atlas country, the longest texts, twelve languages) takes the
// embed's wasm memory to about 80 MB, against a budget of 96 MB; with 200
// steps it took 130 MB. A story of thousands of steps is refused instead.
// Text lengths keep the layout quick and readable.
const (
	MaxEvents    = 100  // slider steps
	MaxCountries = 300  // the atlas draws about 250
	MaxSides     = 12   // legend entries
	MaxQuestions = 20   // questions the colours answer
	MaxSources   = 1000 // the story's source list
	MaxLangs     = 12   // entries of langs
	MaxSubject   = 50   // countries the story is about
	MaxEntries   = 200  // entries per country and question
	MaxRefs      = 20   // sources cited by one event or entry
	MaxList      = 1000 // any other list (an unknown field's)
	MaxChars     = 2000 // characters in any string not in textLimits
	MaxKey       = 100  // bytes in an object's key
	MaxProblems  = 100  // problems listed; the rest are counted
)

// textLimits are the longest strings, in characters, by field: a text's
// strings in every language, or a source's string field.
var textLimits = map[string]int{
	"title":      250, // the story's title, a source's title
	"credit":     600,
	"label":      80, // a side's legend entry, an event's slider label
	"headline":   250,
	"summary":    1200,
	"note":       1200,
	"text":       500,  // a question
	"correction": 1200, // a correction's text (its key is "text", under corrections)
	"publisher":  200,
	"url":        2000,
}

// MaxText is the most characters a string of field (a text's name, such as
// "headline", or a source's string field) may have.
func MaxText(field string) int {
	if n, ok := textLimits[field]; ok {
		return n
	}
	return MaxChars
}

// listLimits are the top-level lists' limits.
var listLimits = map[string]int{
	"events": MaxEvents, "countries": MaxCountries, "sides": MaxSides, "questions": MaxQuestions,
	"sources": MaxSources, "langs": MaxLangs, "subject": MaxSubject,
}

// withinLimits walks the whole file once, before anything is read into a
// Story, and reports every list, string and key past its limit with its
// JSON path. A list past its limit is not walked into. b must be valid
// JSON (Load checks it first) nested at most MaxDepth deep.
//
// The walk reads the bytes themselves in one pass, with a second, flat
// pass over each list to count it first, and builds a JSON path only for a
// problem: walking gjson's tree scanned each value again at every level
// it is nested in, and joined a path string for every value (a third of
// Load's time for the built-in story).
func (p *parser) withinLimits(b string) bool {
	w := limitWalk{p: p, b: b}
	w.value("", "", MaxList)
	return len(p.probs) == 0
}

// limitWalk is withinLimits' reader: the bytes, the offset it has read to,
// and the path to the value it is at, as keys and indices.
type limitWalk struct {
	p  *parser
	b  string
	i  int
	at []step
	// nested says the path's string is not "": join("", "") is "", so a
	// value under empty keys alone counts as the top level.
	nested bool
}

// step is one part of a JSON path: a key, or an index (i ≥ 0); and
// whether the path before it was nested.
type step struct {
	key    string
	i      int
	nested bool
}

func (w *limitWalk) push(s step) {
	s.nested = w.nested
	w.at = append(w.at, s)
	w.nested = w.nested || s.i >= 0 || s.key != ""
}

func (w *limitWalk) pop() {
	w.nested = w.at[len(w.at)-1].nested
	w.at = w.at[:len(w.at)-1]
}

// path is the JSON path of the value the walk is at, as join and index
// write it.
func (w *limitWalk) path() string {
	path := ""
	for _, s := range w.at {
		if s.i >= 0 {
			path = index(path, s.i)
		} else {
			path = join(path, s.key)
		}
	}
	return path
}

// value checks the value at w.i and reads past it. key is the key it sits
// under, field the nearest key above it with a text limit, and list the
// limit that applies if it is a list.
func (w *limitWalk) value(key, field string, list int) {
	w.space()
	switch w.b[w.i] {
	case '{':
		w.i++
		w.space()
		if w.b[w.i] == '}' {
			w.i++
			return
		}
		for {
			w.space()
			name := w.str()
			w.space()
			w.i++ // the colon
			w.space()
			switch {
			case len(name) > MaxKey:
				w.p.add(join(w.path(), clipKey(name)), "the key is %d bytes long; a key has at most %d", len(name), MaxKey)
				w.skip()
			case strings.HasPrefix(name, "_"):
				w.skip() // a comment: never read
			default:
				f := field
				if _, ok := textLimits[name]; ok {
					f = name
				}
				if name == "text" && strings.HasPrefix(w.path(), "corrections[") {
					f = "correction"
				}
				limit := listLimit(!w.nested, key, name)
				w.push(step{key: name, i: -1})
				w.value(name, f, limit)
				w.pop()
			}
			w.space()
			if w.b[w.i] == ',' {
				w.i++
				continue
			}
			w.i++ // the closing brace
			return
		}
	case '[':
		start := w.i
		n := w.count()
		if n > list {
			path := w.path()
			w.p.add(path, "%d %s; the limit is %d", n, listNoun(path, key), list)
			return
		}
		end := w.i
		w.i = start + 1
		for i := range n {
			w.push(step{i: i})
			w.value(key, field, MaxList)
			w.pop()
			w.space()
			w.i++ // a comma, or the closing bracket
		}
		w.i = end
	case '"':
		raw, escaped := w.raw()
		var n int
		if escaped {
			n = utf8.RuneCountInString(gjson.Parse(w.b[raw.start-1 : raw.end+1]).Str)
		} else {
			n = utf8.RuneCountInString(w.b[raw.start:raw.end])
		}
		if limit := MaxText(field); n > limit {
			w.p.add(w.path(), "%d characters; the limit is %d", n, limit)
		}
	default:
		w.skip()
	}
}

// span is where a string's contents lie in the bytes, between its quotes.
type span struct{ start, end int }

// raw reads the string at w.i and returns where its contents are, and
// whether they hold an escape.
func (w *limitWalk) raw() (span, bool) {
	w.i++ // the opening quote
	s, escaped := span{start: w.i}, false
	for {
		switch w.b[w.i] {
		case '"':
			s.end = w.i
			w.i++
			return s, escaped
		case '\\':
			escaped = true
			w.i += 2
		default:
			w.i++
		}
	}
}

// str reads the string at w.i and returns it unescaped, as gjson does.
func (w *limitWalk) str() string {
	s, escaped := w.raw()
	if escaped {
		return gjson.Parse(w.b[s.start-1 : s.end+1]).Str
	}
	return w.b[s.start:s.end]
}

// space reads past white space.
func (w *limitWalk) space() {
	for w.i < len(w.b) {
		switch w.b[w.i] {
		case ' ', '\t', '\n', '\r':
			w.i++
		default:
			return
		}
	}
}

// skip reads past the value at w.i without checking it.
func (w *limitWalk) skip() {
	switch w.b[w.i] {
	case '"':
		w.raw()
	case '{', '[':
		depth := 0
		for {
			switch w.b[w.i] {
			case '"':
				w.raw()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					w.i++
					return
				}
			}
			w.i++
		}
	default: // a number, true, false or null
		for w.i < len(w.b) {
			switch w.b[w.i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return
			}
			w.i++
		}
	}
}

// count reads past the list at w.i and returns how many values it holds.
func (w *limitWalk) count() int {
	w.i++ // the opening bracket
	w.space()
	if w.b[w.i] == ']' {
		w.i++
		return 0
	}
	n := 0
	for {
		w.space()
		w.skip()
		n++
		w.space()
		if w.b[w.i] == ']' {
			w.i++
			return n
		}
		w.i++ // the comma
	}
}

// listLimit is the limit of a list found under key name in an object
// whose own key is parent; top says the object's path is "" (the file's
// top level).
func listLimit(top bool, parent, name string) int {
	switch {
	case top:
		if n, ok := listLimits[name]; ok {
			return n
		}
	case name == "sources":
		return MaxRefs
	case parent == "stances":
		return MaxEntries
	}
	return MaxList
}

// listNoun names what a list holds, for a problem.
func listNoun(path, key string) string {
	switch {
	case path == "langs":
		return "languages"
	case path == "subject":
		return "subject countries"
	case !strings.Contains(path, ".") && !strings.Contains(path, "["):
		return path // events, countries, sides…
	case key == "sources":
		return "sources"
	case strings.Contains(path, ".stances."):
		return "entries"
	}
	return "items"
}

func clipKey(k string) string {
	if len(k) <= 40 {
		return k
	}
	cut := 37
	for cut > 0 && !utf8.RuneStart(k[cut]) {
		cut--
	}
	return k[:cut] + "..."
}

// moreProblems starts the last line of a list of problems cut at
// MaxProblems: "…and 12345 more".
const moreProblems = "…and "

// capped reports whether the list of problems is full. Past MaxProblems
// a problem is only counted, in a last line that says how many more were
// found: a file with half a million unknown fields made 72 MB of messages.
func (p *parser) capped() bool {
	if len(p.probs) < MaxProblems {
		return false
	}
	p.more++
	p.probs = append(p.probs[:MaxProblems], Problem{Message: moreProblems + strconv.Itoa(p.more) + " more"})
	return true
}

// Total is the number of problems found: those listed, and those counted
// in the last line of a list cut at MaxProblems.
func (ps Problems) Total() int {
	if len(ps) <= MaxProblems {
		return len(ps)
	}
	last := ps[len(ps)-1]
	n, ok := strings.CutPrefix(last.Message, moreProblems)
	n, ok2 := strings.CutSuffix(n, " more")
	more, err := strconv.Atoi(n) // not fmt.Sscanf: its scanner was 142 KB of the wasm
	if !ok || !ok2 || err != nil || more < 1 || last.Path != "" {
		return len(ps)
	}
	return len(ps) - 1 + more
}
