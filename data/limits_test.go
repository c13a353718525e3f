package data_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
)

// TestLimitsRefused checks that a story one past each limit is refused
// with a problem naming the JSON path, and that one at the limit is not.
func TestLimitsRefused(t *testing.T) {
	over := func(edit func(*datatest.Spec)) []byte {
		s := datatest.Spec{Events: 3, Codes: datatest.Codes(3)}
		edit(&s)
		return datatest.Story(s)
	}
	long := strings.Repeat("é", data.MaxChars+1)
	cases := []struct {
		name  string
		input []byte
		want  string // "" means it loads
	}{
		{"events at the limit", over(func(s *datatest.Spec) { s.Events = data.MaxEvents }), ""},
		{"events", over(func(s *datatest.Spec) { s.Events = data.MaxEvents + 1 }),
			fmt.Sprintf("events: %d events; the limit is %d", data.MaxEvents+1, data.MaxEvents)},
		{"countries", over(func(s *datatest.Spec) { s.Codes = datatest.Codes(data.MaxCountries + 1) }),
			fmt.Sprintf("countries: %d countries; the limit is %d", data.MaxCountries+1, data.MaxCountries)},
		{"sides", over(func(s *datatest.Spec) { s.Sides = data.MaxSides + 1 }), "sides: 13 sides; the limit is 12"},
		{"questions", over(func(s *datatest.Spec) { s.Questions = data.MaxQuestions + 1 }), "questions: 21 questions"},
		{"languages", over(func(s *datatest.Spec) {
			s.Langs = strings.Fields("en es ru pt fr de it nl pl uk tr ar zh")
		}), "langs: 13 languages; the limit is 12"},
		{"entries", over(func(s *datatest.Spec) { s.Events, s.Entries = 50, data.MaxEntries+1 }),
			"countries[0].stances.q0: 201 entries; the limit is 200"},
		{"headline at the limit", over(func(s *datatest.Spec) { s.Headline = 250 }), ""},
		{"headline", over(func(s *datatest.Spec) { s.Headline = 251 }),
			"events[0].headline.en: 251 characters; the limit is 250"},
		{"one long word", over(func(s *datatest.Spec) { s.Word = 300_000 }),
			"events[0].headline.en: 300041 characters; the limit is 250"},
		{"summary", over(func(s *datatest.Spec) { s.TextChars = 1201 }),
			"events[0].summary.en: 1201 characters; the limit is 1200"},
		{"any other string", bytes.Replace(over(func(*datatest.Spec) {}), []byte(`"publisher":"Publisher 0"`),
			[]byte(`"publisher":"`+long+`"`), 1), "sources[0].publisher: 2001 characters; the limit is 200"},
		{"a correction's text at its limit", bytes.Replace(over(func(*datatest.Spec) {}), []byte(`{"format"`),
			[]byte(`{"corrections":[{"date":"2026-12-06","text":{"en":"`+strings.Repeat("a", 1200)+`"}}],"format"`), 1), ""},
		{"a correction's text", bytes.Replace(over(func(*datatest.Spec) {}), []byte(`{"format"`),
			[]byte(`{"corrections":[{"date":"2026-12-06","text":{"en":"`+strings.Repeat("a", 1201)+`"}}],"format"`), 1),
			"corrections[0].text.en: 1201 characters; the limit is 1200"},
		{"a question's text", bytes.Replace(over(func(*datatest.Spec) {}), []byte(`"text":{"en":"Which side`),
			[]byte(`"text":{"en":"`+strings.Repeat("a", 490)+`Which side`), 1), "questions[0].text.en: 550 characters; the limit is 500"},
		{"a comment is not text", bytes.Replace(over(func(*datatest.Spec) {}), []byte(`{"format"`),
			[]byte(`{"_about":"`+long+`","format"`), 1), ""},
		{"a long key", bytes.Replace(over(func(*datatest.Spec) {}), []byte(`{"format"`),
			[]byte(`{"`+strings.Repeat("k", 500)+`":1,"format"`), 1), "is 500 bytes long; a key has at most 100"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := data.Load(c.input, data.Options{})
			if c.want == "" {
				if err != nil {
					t.Fatalf("want a story, got %v", clip(err.Error()))
				}
				return
			}
			var ps data.Problems
			if s != nil || !errors.As(err, &ps) {
				t.Fatalf("want Problems, got %v, %v", s, err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("no problem says %q; got:\n%s", c.want, clip(err.Error()))
			}
		})
	}
}

// TestAtLimitsLoadsQuickly loads a story at every limit: in well under a
// second, and holding at most 16 MB, a third of the wasm's 48 MB heap
// limit (the derived stances are one map per event, so memory grows with
// events × countries: at the limits, about 7 MB of stances and 4 MB of
// changes, since its steps alternate between questions and every country
// differs).
func TestAtLimitsLoadsQuickly(t *testing.T) {
	b := datatest.Story(datatest.AtLimits(datatest.Codes(data.MaxCountries)))
	if len(b) > data.MaxSize {
		t.Fatalf("the story at the limits is %d bytes, over MaxSize", len(b))
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	s, err := data.Load(b, data.Options{})
	took := time.Since(start)
	if err != nil {
		t.Fatal(clip(err.Error()))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("%d events × %d countries, %.1f MB: loaded in %v, heap +%.1f MB", len(s.Events), len(s.Countries),
		float64(len(b))/1e6, took, float64(heap)/1e6)
	if took > time.Second {
		t.Errorf("loading took %v; want under 1 s", took)
	}
	if heap > 16<<20 {
		t.Errorf("the loaded story holds %.1f MB; want at most 16 MB", float64(heap)/1e6)
	}
	runtime.KeepAlive(s)
}

// TestProblemsCapped checks that a story with half a million problems
// lists the first MaxProblems and counts the rest, and that the message a
// command prints stays short.
func TestProblemsCapped(t *testing.T) {
	ex, err := os.ReadFile("testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	b.WriteString(`{`)
	const unknown = 500_000
	for i := range unknown {
		fmt.Fprintf(&b, `"f%d":0,`, i)
	}
	b.Write(ex[1:])
	start := time.Now()
	_, err = data.Load(b.Bytes(), data.Options{})
	var ps data.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want Problems, got %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refusing took %v", d)
	}
	if len(ps) != data.MaxProblems+1 {
		t.Errorf("%d problems listed; want %d and a count of the rest", len(ps), data.MaxProblems+1)
	}
	if got, want := ps[len(ps)-1].String(), fmt.Sprintf("…and %d more", unknown-data.MaxProblems); got != want {
		t.Errorf("last line %q, want %q", got, want)
	}
	if got := ps.Total(); got != unknown {
		t.Errorf("Total() = %d, want %d", got, unknown)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, fmt.Sprintf("story has %d problems:", unknown)) || len(msg) > 40_000 {
		t.Errorf("message of %d bytes starting %q", len(msg), clip(msg))
	}
	_, err = data.LoadNamed(b.Bytes(), "big.json", data.Options{})
	if err == nil || strings.Count(err.Error(), "\n") > data.MaxProblems+2 ||
		!strings.HasPrefix(err.Error(), fmt.Sprintf("big.json is not a valid story (%d problems):", unknown)) {
		t.Errorf("LoadNamed: %d lines starting %q", strings.Count(fmt.Sprint(err), "\n"), clip(fmt.Sprint(err)))
	}
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// TestFormatLimits keeps FORMAT.md's table of limits in step with the
// constants.
func TestFormatLimits(t *testing.T) {
	doc, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range []string{
		fmt.Sprintf("| `events` | %d |", data.MaxEvents),
		fmt.Sprintf("| `countries` | %d |", data.MaxCountries),
		fmt.Sprintf("| `sides` | %d |", data.MaxSides),
		fmt.Sprintf("| `questions` | %d |", data.MaxQuestions),
		fmt.Sprintf("| `sources` | %d |", data.MaxSources),
		fmt.Sprintf("| `langs` | %d |", data.MaxLangs),
		fmt.Sprintf("| `subject` | %d |", data.MaxSubject),
		fmt.Sprintf("| entries per country and question | %d |", data.MaxEntries),
		fmt.Sprintf("| sources cited by one event or entry | %d |", data.MaxRefs),
		fmt.Sprintf("| `text` (a question) | %d characters |", data.MaxText("text")),
		fmt.Sprintf("| `text` (a correction) | %d characters |", data.MaxText("correction")),
		fmt.Sprintf("| any other string | %d characters |", data.MaxChars),
		fmt.Sprintf("| an object's key | %d bytes |", data.MaxKey),
		fmt.Sprintf("A list of problems stops at **%d**", data.MaxProblems),
	} {
		if !strings.Contains(string(doc), row) {
			t.Errorf("FORMAT.md lacks %q", row)
		}
	}
}

// Total reads the count in the last line of a list cut at MaxProblems, and
// counts a last line it cannot read as one problem.
func TestProblemsTotal(t *testing.T) {
	list := func(last data.Problem) data.Problems {
		ps := make(data.Problems, data.MaxProblems, data.MaxProblems+1)
		for i := range ps {
			ps[i] = data.Problem{Path: fmt.Sprintf("f%d", i), Message: "unknown field"}
		}
		return append(ps, last)
	}
	for _, c := range []struct {
		last data.Problem
		want int
	}{
		{data.Problem{Message: "…and 7 more"}, data.MaxProblems + 7},
		{data.Problem{Message: "…and 123456 more"}, data.MaxProblems + 123456},
		{data.Problem{Message: "…and 7 more!"}, data.MaxProblems + 1},
		{data.Problem{Message: "…and -7 more"}, data.MaxProblems + 1},
		{data.Problem{Message: "…and  more"}, data.MaxProblems + 1},
		{data.Problem{Message: "and 7 more"}, data.MaxProblems + 1},
		{data.Problem{Path: "events", Message: "…and 7 more"}, data.MaxProblems + 1},
	} {
		if got := list(c.last).Total(); got != c.want {
			t.Errorf("last line %q at %q: Total() = %d, want %d", c.last.Message, c.last.Path, got, c.want)
		}
	}
	if got := (data.Problems{{Message: "…and 7 more"}}).Total(); got != 1 {
		t.Errorf("a short list whose line looks like a count: Total() = %d, want 1", got)
	}
}
