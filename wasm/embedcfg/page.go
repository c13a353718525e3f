package embedcfg

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/widget/theme"
)

// The embed page's scripts run before the wasm: they pick the poster from
// event=, lang=, theme= and initialWidth=, decide static= and data=, name
// the embed in its height messages and send them. They read these
// parameters by the rules below, which reach them as Rules (the bundle
// writes them into the page as window.STANCEMAP_EMBED), so the page and
// Parse cannot drift apart; e2e/contract.test.mjs feeds both the same URLs.

// staticWords are static='s values, lower-cased, and whether each means
// the poster only. Any other value is ignored with a warning.
var staticWords = map[string]bool{"1": true, "true": true, "yes": true, "": true, "0": false, "false": false, "no": false}

// Embed ids: what a host listens for in height messages. pym.js's childId=
// wins over id= (a pym.Parent hears only its container's id, which it puts
// there); without either the id is DefaultID.
const (
	DefaultID = "stancemap"
	maxID     = 64
)

// idParams are the parameters naming the embed, the later winning.
var idParams = []string{"id", "childId"}

// idWant says what an embed id may be, in the warning for one that is not.
var idWant = fmt.Sprintf("up to %d letters, digits, '-', '_', '.' or ':'", maxID)

// initialWidth= is pym.js's measure of the frame's width on its page, by
// which the poster is picked before the frame's first resize: whole CSS px
// within these bounds, else the frame's own width.
const (
	minInitialWidth = 100
	maxInitialWidth = 10000
)

// Page is what the embed page itself takes from its URL.
type Page struct {
	ID           string // the embed id in height messages
	InitialWidth int    // pym.js's measure of the frame, or 0
}

// ParsePage reads the parameters only the page uses (see Page), by the
// rules the page's scripts apply, with a warning for each value it
// ignores.
func ParsePage(rawQuery string) (Page, []string) {
	q, _ := parseQuery(strings.TrimPrefix(rawQuery, "?"))
	p := Page{ID: DefaultID}
	var warn []string
	for _, name := range idParams {
		v, ok := last(q, name)
		if !ok {
			continue
		}
		if !token(v, maxID) {
			warn = append(warn, fmt.Sprintf("ignoring %s=%q: want %s", name, clip(v), idWant))
			continue
		}
		p.ID = v
	}
	if v, ok := last(q, "initialWidth"); ok {
		w, err := strconv.Atoi(v)
		if err != nil || strings.TrimLeft(v, "0123456789") != "" || w < minInitialWidth || w > maxInitialWidth {
			warn = append(warn, fmt.Sprintf("ignoring initialWidth=%q: want whole pixels from %d to %d", clip(v), minInitialWidth, maxInitialWidth))
		} else {
			p.InitialWidth = w
		}
	}
	return p, warn
}

// last is the value a parameter is read as: the last one given, without
// the spaces around it, and ok false when it is missing or longer than
// maxValue.
func last(q values, name string) (string, bool) {
	vs := q[name]
	if len(vs) == 0 {
		return "", false
	}
	v := strings.TrimSpace(vs[len(vs)-1])
	return v, len(v) <= maxValue
}

// Height messages tell the host page the embed's height, in the dialects
// hosts listen for: Datawrapper's, pym.js v1's and AMP's embed-size. Each
// is a template in which the string "{height}" stands for the height as a
// number, and "{id}" within a string or a key for the embed id.
var heightDialects = []any{
	map[string]any{"datawrapper-height": map[string]any{"{id}": "{height}"}},
	"pymxPYMx{id}xPYMxheightxPYMx{height}",
	map[string]any{"sentinel": "amp", "type": "embed-size", "height": "{height}"},
}

// pymWidth is the start of pym.js's message asking an embed for its
// height, followed by the parent's width in px: its Child answers with
// the height, and so does the embed page.
const pymWidth = "pymxPYMx{id}xPYMxwidthxPYMx"

// HeightMessages are the messages the embed page posts to its host when
// the embed, named id, is height CSS px tall (the frame, tools included).
func HeightMessages(id string, height int) []any {
	out := make([]any, len(heightDialects))
	for i, d := range heightDialects {
		out[i] = fill(d, id, height)
	}
	return out
}

// fill is template t with id and height in place (see heightDialects).
func fill(t any, id string, height int) any {
	switch t := t.(type) {
	case string:
		if t == "{height}" {
			return height
		}
		return strings.NewReplacer("{id}", id, "{height}", strconv.Itoa(height)).Replace(t)
	case map[string]any:
		m := make(map[string]any, len(t))
		for k, v := range t {
			m[fill(k, id, height).(string)] = fill(v, id, height)
		}
		return m
	}
	return t
}

// Rules are the parameter and message rules above, as the page's scripts
// read them (JSON, as window.STANCEMAP_EMBED).
type Rules struct {
	MaxValue     int             `json:"maxValue"`     // longest value in UTF-8 bytes; longer ones are ignored
	Static       map[string]bool `json:"static"`       // static='s words, lower-cased
	Themes       []theme.Mode    `json:"themes"`       // theme='s values, lower-cased; "" is auto
	InitialWidth [2]int          `json:"initialWidth"` // its bounds, whole px
	IDParams     []string        `json:"idParams"`     // parameters naming the embed, the later winning
	IDPattern    string          `json:"idPattern"`    // an embed id, as a regular expression
	IDWant       string          `json:"idWant"`       // what it is, in words
	DefaultID    string          `json:"defaultID"`
	Heights      []any           `json:"heights"`  // height message templates
	PymWidth     string          `json:"pymWidth"` // pym.js's width message, up to the width
	// EventChange is the eventchange report's template, with {event},
	// {date} and {index} to fill: the poster sends it before the wasm runs.
	EventChange map[string]any `json:"eventChange"`
}

// eventChangeTemplate is EventChange with its values to fill.
func eventChangeTemplate() map[string]any {
	m := EventChange("{event}", "{date}", 0)
	m["index"] = "{index}"
	return m
}

// PageRules returns the Rules.
func PageRules() Rules {
	return Rules{
		MaxValue:     maxValue,
		Static:       staticWords,
		Themes:       []theme.Mode{theme.ModeLight, theme.ModeDark, theme.ModeAuto},
		InitialWidth: [2]int{minInitialWidth, maxInitialWidth},
		IDParams:     idParams,
		IDPattern:    fmt.Sprintf("^[A-Za-z0-9_.:-]{1,%d}$", maxID), // token's characters
		IDWant:       idWant,
		DefaultID:    DefaultID,
		Heights:      heightDialects,
		PymWidth:     pymWidth,
		EventChange:  eventChangeTemplate(),
	}
}
