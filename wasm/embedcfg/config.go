// Package embedcfg is the part of the stancemap web embed that needs no
// browser: it reads the embed page's URL parameters that the widget uses
// (bad values become warnings, never errors), resolves them against a
// story (with package start, as every program does), and reads and writes
// the postMessage protocol between the embed and its host page. Package
// main in wasm/ wires it to syscall/js.
//
// It also owns the rules of what the page's scripts do before the wasm
// runs (page.go): how they read the same parameters and the ones only the
// page uses — the embed id (id=, pym.js's childId=) and initialWidth= —
// and the height messages they send with that id from the first paint on.
// The scripts get those rules as a table (Rules) and apply them.
package embedcfg

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/start"
	"github.com/stancemap/stancemap/widget/theme"
)

// Config is what the embed page's URL asks for. Empty strings mean "the
// default": the story's last event, its language, the world, auto theme.
type Config struct {
	Event   string // event id or date (YYYY-MM-DD), resolved against the story
	Region  string // a geo region id
	Country string // a country to select: a code or a name, resolved against the world
	Lang    string // checked against the story's languages once it is loaded
	Theme   theme.Mode
	Data    string // URL of a story JSON to show instead of the built-in one, as given
	Static  bool   // poster only: never load the wasm
	Lite    bool   // data saver: the poster steps and names countries; the wasm loads when the reader asks
}

// maxValue bounds every parameter value: a URL is not a place for essays.
const maxValue = 2048

// token reports whether v is 1 to max letters, digits, '_', '.', ':' or
// '-': the shape of an event id and a date. (Written out, not
// a regexp, for the same reason as the story loader's checks: less code to
// compile before the first frame.)
func token(v string, max int) bool {
	if v == "" || len(v) > max {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("_.:-", c) >= 0) {
			return false
		}
	}
	return true
}

// countryShape reports whether v could be a country's code or name in some
// language: 1 to 100 bytes of letters, spaces and the marks names use
// ("Côte d'Ivoire", "Guinea-Bissau", "Congo (Kinshasa)"). Which country it
// is, if any, the world decides.
func countryShape(v string) bool {
	if v == "" || len(v) > 100 || !utf8.ValidString(v) {
		return false
	}
	for _, r := range v {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(" '’-.,()", r) {
			return false
		}
	}
	return true
}

// Parse reads the query string of the embed page's URL (without the "?").
// Every unusable value is left out of the Config with one warning naming
// the parameter and what would be accepted. Parameters it does not know
// (a CMS adds its own, like utm_source) are ignored without a word.
func Parse(rawQuery string) (Config, []string) {
	var c Config
	var warn []string
	bad := func(name, value, want string) {
		warn = append(warn, fmt.Sprintf("ignoring %s=%q: %s", name, clip(value), want))
	}
	q, err := parseQuery(strings.TrimPrefix(rawQuery, "?"))
	if err != nil {
		warn = append(warn, fmt.Sprintf("some URL parameters could not be read: %v", err))
	}
	for _, name := range []string{"event", "region", "country", "lang", "theme", "data", "static", "lite"} {
		vs, ok := q[name]
		if !ok {
			continue
		}
		v, fits := last(q, name)
		if len(vs) > 1 {
			warn = append(warn, fmt.Sprintf("%s is given %d times; using the last, %q", name, len(vs), clip(v)))
		}
		if !fits {
			bad(name, v, fmt.Sprintf("longer than %d characters", maxValue))
			continue
		}
		switch name {
		case "event":
			if !token(v, 100) {
				bad(name, v, "want an event id or a date like 2019-01-23")
				continue
			}
			c.Event = v
		case "region":
			if !token(v, 100) {
				bad(name, v, "want one of "+start.RegionIDs())
				continue
			}
			c.Region = v // which regions there are, Resolve says
		case "country":
			if !countryShape(v) {
				bad(name, v, "want a country's code (BRA) or name (Brazil)")
				continue
			}
			c.Country = v
		case "lang":
			v = strings.ToLower(v)
			if !data.IsLang(v) { // a story's language code, lower-cased
				bad(name, v, "want a language code like en, es or pt-BR")
				continue
			}
			c.Lang = v
		case "theme":
			m, err := theme.ParseMode(v)
			if err != nil {
				bad(name, v, err.Error())
				continue
			}
			c.Theme = m
		case "data":
			// Whether the story may be fetched is the embed page's call,
			// made before the wasm runs, with the browser's own URL parser
			// and the bundle's allowed origins (embed.html); the wasm only
			// shows what loader.js fetched. An empty data= the page
			// ignores, with a warning.
			c.Data = v
		case "static":
			s, ok := staticWords[strings.ToLower(v)]
			if !ok {
				bad(name, v, "want 1 or 0")
			}
			c.Static = s
		case "lite":
			s, ok := staticWords[strings.ToLower(v)]
			if !ok {
				bad(name, v, "want 1 or 0")
			}
			c.Lite = s
		}
	}
	return c, warn
}

// clip shortens a value for a warning.
func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	return s[:57] + "..."
}

// Resolve resolves the Config's choices against story (start.Resolve;
// prefersDark answers an auto theme), with a warning for each it cannot
// honour: an unknown event or region, a language the story is not written
// in. The country is selected once the widget is built (Widget.SelectNamed).
func (c Config) Resolve(story *data.Story, prefersDark func() bool) (start.Start, []string) {
	st, probs := start.Resolve(start.Choices{Event: c.Event, Lang: c.Lang, Theme: c.Theme, Region: c.Region}, story, prefersDark)
	var warn []string
	for _, p := range probs {
		warn = append(warn, Ignoring(p))
	}
	return st, warn
}

// Ignoring is the console warning for a URL parameter that cannot be
// honoured.
func Ignoring(p *start.Problem) string {
	return fmt.Sprintf("ignoring %s=%q: %v", p.Choice, clip(p.Value), p.Err)
}
