// Package datatest writes synthetic story files for tests: stories of a
// chosen size (events, countries, entries, text length, languages), up to
// and past the loader's limits, so the data, widget and browser tests can
// check that a story at the limits loads and lays out in time and within
// memory, and that one past them is refused. (It imports package data for
// the limits: data's tests that use it are in package data_test.)
package datatest

import (
	"fmt"
	"strings"
	"time"

	"github.com/stancemap/stancemap/data"
)

// Spec is the size of a synthetic story.
type Spec struct {
	Events    int      // slider steps, one a day from 1 January 2000
	Codes     []string // the countries, one entry list each (alpha-3 codes)
	Entries   int      // entries per country, spread over the events; at least 1
	Langs     []string // languages; the first is the default; default ["en"]
	Sides     int      // default 3
	Questions int      // events ask them in turn; default 1
	Sources   int      // default 1
	Headline  int      // length of every headline; default 40
	TextChars int      // length of every summary and note; default 40
	// Word, when above 0, puts a word of that many letters before each
	// headline: a word longer than a line makes the wrapper break it.
	Word int
}

// AtLimits is a story with every count at the loader's limits (events,
// sides, questions, languages; the countries are codes, as many as given),
// headlines, summaries and notes as long as allowed, and a hundred sources.
func AtLimits(codes []string) Spec {
	return Spec{
		Events: data.MaxEvents, Codes: codes[:min(len(codes), data.MaxCountries)], Entries: 3,
		Langs: strings.Fields("en es ru pt fr de it nl pl uk tr ar")[:data.MaxLangs],
		Sides: data.MaxSides, Questions: data.MaxQuestions, Sources: 100,
		Headline: data.MaxText("headline"), TextChars: min(data.MaxText("summary"), data.MaxText("note")),
	}
}

// Story returns the story file for s.
func Story(s Spec) []byte {
	if len(s.Langs) == 0 {
		s.Langs = []string{"en"}
	}
	s.Sides = max(s.Sides, 3)
	s.Questions = max(s.Questions, 1)
	s.Sources = max(s.Sources, 1)
	s.Entries = max(s.Entries, 1)
	if s.TextChars <= 0 {
		s.TextChars = 40
	}
	if s.Headline <= 0 {
		s.Headline = 40
	}
	var b strings.Builder
	b.Grow(s.Events*len(s.Langs)*s.TextChars*3 + len(s.Codes)*s.Entries*80 + 4096)
	fmt.Fprintf(&b, `{"format":"stancemap-story/1","id":"synthetic","lang":%q,"langs":%s,`, s.Langs[0], list(s.Langs))
	fmt.Fprintf(&b, `"title":%s,"credit":%s,`, text(s.Langs, "Synthetic story", 40, 0), text(s.Langs, "Made by datatest", 40, 0))
	b.WriteString(`"sides":[`)
	for i := range s.Sides {
		comma(&b, i)
		fmt.Fprintf(&b, `{"id":"side%d","label":%s,"color":"#%06x","pattern":"hatch"}`, i, text(s.Langs, "Side", 20, 0), (i*0x3b5a17)&0xffffff)
	}
	b.WriteString(`],"questions":[`)
	for i := range s.Questions {
		comma(&b, i)
		fmt.Fprintf(&b, `{"id":"q%d","text":%s}`, i, text(s.Langs, "Which side", 60, 0))
	}
	b.WriteString(`],"sources":[`)
	for i := range s.Sources {
		comma(&b, i)
		fmt.Fprintf(&b, `{"id":"s%d","publisher":"Publisher %d","title":"Report %d","date":"2000","url":"https://example.org/%d"}`, i, i, i, i)
	}
	b.WriteString(`],"events":[`)
	for i := range s.Events {
		comma(&b, i)
		fmt.Fprintf(&b, `{"id":"e%d","date":%q,"label":%s,"headline":%s,"summary":%s,"note":%s,"question":"q%d","sources":["s%d"]}`,
			i, Day(i), text(s.Langs, "Step", 12, 0), text(s.Langs, "Headline", s.Headline, s.Word),
			text(s.Langs, "Summary", s.TextChars, 0), text(s.Langs, "Note", s.TextChars, 0), i%s.Questions, i%s.Sources)
	}
	b.WriteString(`],"countries":[`)
	for i, code := range s.Codes {
		comma(&b, i)
		fmt.Fprintf(&b, `{"code":%q,"stances":{`, code)
		for q := range s.Questions {
			comma(&b, q)
			fmt.Fprintf(&b, `"q%d":[`, q)
			for e := range s.Entries {
				comma(&b, e)
				day := e * max(s.Events, 1) / s.Entries
				fmt.Fprintf(&b, `{"from":%q,"side":"side%d","sources":["s%d"]}`, Day(day), (i+e+q)%s.Sides, (i+e)%s.Sources)
			}
			b.WriteString(`]`)
		}
		b.WriteString(`}}`)
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

// Day is the date of event i: 1 January 2000 plus i days.
func Day(i int) string {
	return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.DateOnly)
}

// Codes returns n distinct codes of the alpha-3 form ("AAA", "AAB"…), for
// stories loaded without an atlas.
func Codes(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = string([]byte{byte('A' + i/676%26), byte('A' + i/26%26), byte('A' + i%26)})
	}
	return out
}

// text is a text object with the same string in every language: the
// label, then words of five letters, n characters in all; and before them,
// when word > 0, a word of that many letters and a space.
func text(langs []string, label string, n, word int) string {
	s := label
	for len(s) < n {
		s += " words"
	}
	s = s[:max(n, 1)]
	if word > 0 {
		s = strings.Repeat("w", word) + " " + s
	}
	var b strings.Builder
	b.WriteByte('{')
	for i, l := range langs {
		comma(&b, i)
		fmt.Fprintf(&b, "%q:%q", l, s)
	}
	b.WriteByte('}')
	return b.String()
}

func list(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return "[" + strings.Join(q, ",") + "]"
}

func comma(b *strings.Builder, i int) {
	if i > 0 {
		b.WriteByte(',')
	}
}

// Default loads the built-in story (data/default.json). Country codes are
// checked only for their form here; data's tests check them against the
// atlas.
func Default() (*data.Story, error) { return data.Load(data.DefaultJSON(), data.Options{}) }
