package data

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

func loadDefault(t testing.TB) *Story {
	t.Helper()
	known := atlasCodes(t)
	s, err := Load(defaultStory, Options{KnownCode: func(c string) bool { return known[c] }})
	if err != nil {
		t.Fatalf("default story: %v", err)
	}
	return s
}

// TestDefaultPassesFileChecks holds the embedded story to the checks
// LoadDefault skips, and LoadDefault to Load's result.
func TestDefaultPassesFileChecks(t *testing.T) {
	if pr := checkShape(defaultStory); pr != nil {
		t.Errorf("default story: %v", pr)
	}
	if !utf8.Valid(defaultStory) || !gjson.ValidBytes(defaultStory) {
		t.Error("default story: not valid UTF-8 JSON")
	}
	if p := (&parser{}); !p.withinLimits(string(defaultStory)) {
		t.Errorf("default story past its limits: %v", p.probs)
	}
	known := atlasCodes(t)
	opt := Options{KnownCode: func(c string) bool { return known[c] }}
	want := loadDefault(t)
	got, err := LoadDefault(opt)
	if err != nil {
		t.Fatalf("LoadDefault: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("LoadDefault's story differs from Load's")
	}
	// A check LoadDefault skips, failing, still fails Load: the test above
	// is what stands for it.
	if _, err := Load(append(DefaultJSON(), 0xff), opt); err == nil {
		t.Error("Load took a story with a stray byte")
	}
}

func TestDefaultLoads(t *testing.T) {
	s := loadDefault(t)
	var ids []string
	for _, e := range s.Events {
		ids = append(ids, e.ID)
	}
	for _, want := range []string{"2019-01-10", "2019-01-23", "2020-01-05", "2020-01-06"} {
		if _, err := s.FindEvent(want); err != nil {
			t.Errorf("required step %s: %v", want, err)
		}
	}
	if !slices.Equal(s.Subject, []string{"VEN"}) {
		t.Errorf("subject = %v, want [VEN]: the story is about Venezuela", s.Subject)
	}
	if len(s.Countries) < 80 {
		t.Errorf("only %d countries", len(s.Countries))
	}
	for i, e := range s.Events {
		c := s.Counts(i)
		t.Logf("%-20s %s %-12s guaido %2d  maduro %2d  neutral %2d  changes %d  newQuestion %v",
			e.ID, e.Date.Format("2006-01-02"), e.Question, c["guaido"], c["maduro"], c["neutral"], len(s.Changes(i)), e.QuestionChanged)
	}
}

// TestDefaultKeepsIDs checks every step id ever published still exists:
// host pages and readers' links name steps by id.
func TestDefaultKeepsIDs(t *testing.T) {
	s := loadDefault(t)
	for _, id := range []string{"lima-group-2019", "inauguration-2019", "guaido-claim", "oas-statement", "un-ultimatum",
		"european-parliament", "assembly-vote", "almagro-russia", "a-year-on", "eu-declaration", "oas-resolution-2020"} {
		if _, err := s.FindEvent(id); err != nil {
			t.Errorf("published step %q is gone: %v", id, err)
		}
	}
}

func TestFindEventError(t *testing.T) {
	s := loadDefault(t)
	_, err := s.FindEvent("2019-02-30")
	if err == nil || !strings.Contains(err.Error(), "guaido-claim (2019-01-23)") {
		t.Errorf("error should list valid events: %v", err)
	}
	var ps Problems
	if errors.As(err, &ps) {
		t.Error("FindEvent's error is not a Problems")
	}
}

// BenchmarkLoadEmbedded is LoadDefault, as the widget loads the built-in
// story; BenchmarkLoadDefault loads the same bytes as a file from elsewhere.
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(defaultStory)))
	for b.Loop() {
		if _, err := LoadDefault(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(defaultStory)))
	for b.Loop() {
		if _, err := Load(defaultStory, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
