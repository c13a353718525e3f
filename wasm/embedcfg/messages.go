package embedcfg

import (
	"fmt"
	"math"

	"github.com/tidwall/gjson"
)

// MaxMessage is the longest message data, serialised as JSON, the embed
// reads: a stancemap:set needs a few hundred bytes. The bridge checks it
// before it copies a message into Go.
const MaxMessage = 4096

// Message types of the postMessage protocol.
const (
	TypeSet          = "stancemap:set"          // host -> embed
	TypeEventChange  = "stancemap:eventchange"  // embed -> host
	TypeCountryClick = "stancemap:countryclick" // embed -> host
)

// Set is a host's request, {type: "stancemap:set", event?, country?, region?}.
// Event is an id, a date or a step index; Country an alpha-3 code or a
// country name; Region a region id. Empty fields are left as they are.
type Set struct {
	Event   string
	Index   int // when EventIsIndex: the step index the host gave as a number
	Country string
	Region  string

	EventIsIndex bool
}

// ParseMessage reads a message event's data, serialised as JSON. ok is
// false for messages of other protocols (height messages, other widgets'
// traffic, our own reports) and for any longer than MaxMessage, which the
// embed ignores quietly; err describes a stancemap:set it cannot use.
func ParseMessage(jsonData string) (s Set, ok bool, err error) {
	if len(jsonData) > MaxMessage || !gjson.Valid(jsonData) {
		return Set{}, false, nil
	}
	m := gjson.Parse(jsonData)
	if !m.IsObject() || m.Get("type").String() != TypeSet {
		return Set{}, false, nil
	}
	for _, k := range []string{"event", "country", "region"} {
		v := m.Get(k)
		if !v.Exists() || v.Type == gjson.Null {
			continue
		}
		switch {
		case k == "event" && v.Type == gjson.Number:
			f := v.Float()
			if f != math.Trunc(f) || f < 0 || f > 1e6 {
				return Set{}, true, fmt.Errorf("%s: event %v is not a step index", TypeSet, v.Raw)
			}
			s.Index, s.EventIsIndex = int(f), true
		case v.Type != gjson.String || len(v.Str) > 200:
			return Set{}, true, fmt.Errorf("%s: %s must be a string, got %s", TypeSet, k, clip(v.Raw))
		case k == "event":
			s.Event = v.Str
		case k == "country":
			s.Country = v.Str
		case k == "region":
			s.Region = v.Str
		}
	}
	if s.Event == "" && !s.EventIsIndex && s.Country == "" && s.Region == "" {
		return Set{}, true, fmt.Errorf("%s: give event, country or region", TypeSet)
	}
	return s, true, nil
}

// EventChange is the report sent to the host when the step changes: the
// event's id, its date and its index.
func EventChange(id, date string, index int) map[string]any {
	return map[string]any{"type": TypeEventChange, "event": id, "date": date, "index": index}
}

// CountryClick is the report sent to the host when a reader clicks or taps
// a country: its alpha-3 code and its name in the embed's language.
func CountryClick(code, name string) map[string]any {
	return map[string]any{"type": TypeCountryClick, "code": code, "name": name}
}
