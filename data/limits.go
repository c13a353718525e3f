package data

import (
	"fmt"
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
// JSON path. A list past its limit is not walked into.
func (p *parser) withinLimits(root gjson.Result) bool {
	p.limits(root, "", "", "", MaxList)
	return len(p.probs) == 0
}

// limits checks v at path. key is the key v sits under, field the nearest
// key above it with a text limit, and list the limit that applies if v is
// a list.
func (p *parser) limits(v gjson.Result, path, key, field string, list int) {
	switch {
	case v.IsObject():
		v.ForEach(func(k, x gjson.Result) bool {
			name := k.String()
			if len(name) > MaxKey {
				p.add(join(path, clipKey(name)), "the key is %d bytes long; a key has at most %d", len(name), MaxKey)
				return true
			}
			if strings.HasPrefix(name, "_") {
				return true // a comment: never read
			}
			f := field
			if _, ok := textLimits[name]; ok {
				f = name
			}
			if name == "text" && strings.HasPrefix(path, "corrections[") {
				f = "correction"
			}
			p.limits(x, join(path, name), name, f, listLimit(path, key, name))
			return true
		})
	case v.IsArray():
		n := 0
		v.ForEach(func(_, _ gjson.Result) bool { n++; return true })
		if n > list {
			p.add(path, "%d %s; the limit is %d", n, listNoun(path, key), list)
			return
		}
		i := 0
		v.ForEach(func(_, x gjson.Result) bool {
			p.limits(x, index(path, i), key, field, MaxList)
			i++
			return true
		})
	case v.Type == gjson.String:
		if n, limit := utf8.RuneCountInString(v.Str), MaxText(field); n > limit {
			p.add(path, "%d characters; the limit is %d", n, limit)
		}
	}
}

// listLimit is the limit of a list found under key name in the object at
// path (whose own key is parent).
func listLimit(path, parent, name string) int {
	switch {
	case path == "":
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
	var more int
	if _, err := fmt.Sscanf(strings.TrimPrefix(last.Message, moreProblems), "%d more", &more); last.Path != "" || err != nil {
		return len(ps)
	}
	return len(ps) - 1 + more
}
