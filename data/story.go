// Package data holds a Story: which side each country's government took at
// each step of a timeline, with sources, uncertainty and text in several
// languages. It loads and validates story files (see FORMAT.md), derives the
// state and the changes at every step, and embeds the default story about
// Venezuela's presidential crisis (January 2019 and January 2020).
package data

import (
	"strconv"
	"strings"
	"time"
)

// Text is a piece of text by language code ("en", "es", "pt-BR").
type Text map[string]string

// In returns the text in lang, else in fallback, else "". Stories guarantee
// text in their default language, so callers pass Story.Lang as fallback.
func (t Text) In(lang, fallback string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	return t[fallback]
}

// Side is one camp a country can take, with how it is drawn.
type Side struct {
	ID        string
	Label     Text
	Color     string // "#rrggbb", light theme and print
	ColorDark string // "#rrggbb", dark theme
	Pattern   string // none|hatch|backhatch|cross|dots, for print and greyscale
}

// Source is a document that supports an event or a stance.
type Source struct {
	ID, Publisher, Title string
	Date                 string // YYYY, YYYY-MM or YYYY-MM-DD; may be empty
	URL                  string
}

// Question is what the colours answer at an event, e.g. "whom did the
// government recognise as president?". Events that share a question can be
// compared as switches; a change of question is a new map, not a switch.
type Question struct {
	ID   string
	Text Text
	// Labels name the sides in this question's words, by side id: on a
	// question about a term of office "Backed Guaidó" would say something
	// the record does not. A side without one keeps its own label.
	Labels map[string]Text
	// Context is the id of the question whose answers show, muted, for a
	// country that has not answered this one yet (its standing position),
	// or "" for none. Only the named question counts: questions mean
	// different things, so "any other question" would mix them.
	Context string
}

// Correction is one dated change to a published story, said in each
// language; the latest one's date shows as "Updated <date>".
type Correction struct {
	Date time.Time
	Text Text
}

// Event is one step of the time slider.
type Event struct {
	ID       string
	Date     time.Time
	Label    Text // short slider label; may be empty (show the date)
	Headline Text
	Summary  Text
	Question string // question id
	Note     Text   // caveats, e.g. where a well-known summary disagrees with the record
	Sources  []string

	// QuestionChanged is derived: true when the previous event asked a
	// different question, so its Changes are not switches of position.
	QuestionChanged bool
}

// Entry is one dated position of a country on one question, as written in
// the story file. It holds from its From date until the next entry.
type Entry struct {
	From      time.Time
	Side      string
	Sources   []string
	Uncertain bool
	Note      Text
}

// Country is one country's dated positions, by question id.
type Country struct {
	Code    string
	Stances map[string][]Entry // question id -> entries in date order
}

// Stance is a country's position at one event, derived from its entries.
type Stance struct {
	Code      string
	Side      string
	Since     time.Time // start of the run of entries with this side
	Sources   []string  // of the latest entry
	Uncertain bool
	Note      Text
}

// Change is a country whose side differs from the previous event's.
// From or To is "" when the country had no stance (no data).
type Change struct {
	Code, From, To string
}

// ChangeKind tells apart the three ways a country's entry can change
// between two steps of one question.
type ChangeKind int

const (
	// Switched: from one side to another, a real change of position.
	Switched ChangeKind = iota
	// OnRecord: from no data to a side; the government's position is
	// recorded for the first time, which is not a switch.
	OnRecord
	// OffRecord: from a side to no data.
	OffRecord
)

// Kind classifies the change.
func (c Change) Kind() ChangeKind {
	switch {
	case c.From == "":
		return OnRecord
	case c.To == "":
		return OffRecord
	}
	return Switched
}

// Story is a loaded, validated story. Derived state is computed once, at
// load time, so the accessors are cheap and safe for concurrent reads.
type Story struct {
	ID        string
	Lang      string   // default language; every required text has it
	Langs     []string // languages the story offers, Lang first
	Title     Text
	Credit    Text
	Subject   []string // codes of the countries the story is about: drawn apart, with no side
	View      string   // the region preset (geo.Regions) the map opens on; "" the world
	Sides     []Side
	Questions []Question
	Events    []Event
	Sources   []Source
	Countries []Country // sorted by Code
	// Corrections are the story's published changes, in date order.
	Corrections []Correction

	stances     []map[string]Stance // per event
	standing    []map[string]Stance // per event: context positions of countries without a stance
	changes     [][]Change          // per event
	counts      []map[string]int    // per event
	baseline    []int               // per event: the latest earlier event with its question, or -1
	baseChanges [][]Change          // per event: changes since baseline
}

// Options tune Load.
type Options struct {
	// KnownCode reports whether the map can draw a country code. Unknown
	// codes are problems. Nil means codes are only checked for their form.
	KnownCode func(code string) bool
}

// Problem is one thing wrong with a story file, at a JSON path such as
// `events[3].date`.
type Problem struct {
	Path, Message string
}

func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// Problems lists everything wrong with a story file; it is the error Load
// returns for an invalid story.
type Problems []Problem

func (ps Problems) Error() string {
	var b strings.Builder
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		b.WriteString("story has 1 problem: ")
	default:
		b.WriteString("story has ")
		b.WriteString(strconv.Itoa(ps.Total()))
		b.WriteString(" problems:\n  ")
	}
	for i, p := range ps {
		if i > 0 {
			b.WriteString("\n  ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Side returns the side with id, or nil.
func (s *Story) Side(id string) *Side {
	for i := range s.Sides {
		if s.Sides[i].ID == id {
			return &s.Sides[i]
		}
	}
	return nil
}

// Source returns the source with id, or nil.
func (s *Story) Source(id string) *Source {
	for i := range s.Sources {
		if s.Sources[i].ID == id {
			return &s.Sources[i]
		}
	}
	return nil
}

// Question returns the question with id, or nil.
func (s *Story) Question(id string) *Question {
	for i := range s.Questions {
		if s.Questions[i].ID == id {
			return &s.Questions[i]
		}
	}
	return nil
}

// SideLabel is side's label in question's words: the question's own label
// for it when it has one, else the side's. Unknown ids give nil.
func (s *Story) SideLabel(question, side string) Text {
	if q := s.Question(question); q != nil {
		if t, ok := q.Labels[side]; ok {
			return t
		}
	}
	if d := s.Side(side); d != nil {
		return d.Label
	}
	return nil
}

// Updated returns the date of the latest correction, if any.
func (s *Story) Updated() (time.Time, bool) {
	if len(s.Corrections) == 0 {
		return time.Time{}, false
	}
	return s.Corrections[len(s.Corrections)-1].Date, true
}

// IsSubject reports whether code is one of the countries the story is
// about (Subject).
func (s *Story) IsSubject(code string) bool {
	for _, c := range s.Subject {
		if c == code {
			return true
		}
	}
	return false
}

// QuestionOf returns the question the colours answer at event, or nil when
// event is out of range.
func (s *Story) QuestionOf(event int) *Question {
	if event < 0 || event >= len(s.Events) {
		return nil
	}
	return s.Question(s.Events[event].Question)
}
