package data

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to Load. It must never panic; an invalid
// story must come back as Problems, and a valid one must give consistent
// derived state. Run it for a fixed time with:
//
//	go test ./data -run '^$' -fuzz '^FuzzLoad$' -fuzztime 30s
//
// Plain `go test` runs the seeds below and those in testdata/fuzz/FuzzLoad.
// The default story is not a seed: at 150 KB it makes the fuzzer spend its
// time minimising (TestDefault* covers it).
func FuzzLoad(f *testing.F) {
	f.Add(readFixture(f, "example.json"))
	f.Add([]byte(`{"events": [{"date": "2019-13-01"}]}`))
	f.Add([]byte(`{"id":"x","lang":"en","title":{"en":"t"},"credit":{"en":"c"},"sides":[{"id":"a","label":{"en":"A"},"color":"#000000"}],"questions":[{"id":"q","text":{"en":"?"}}],"sources":[{"id":"s","publisher":"p"}],"events":[{"id":"e","date":"2020-01-01","headline":{"en":"h"},"summary":{"en":"s"},"question":"q"}],"countries":[{"code":"USA","stances":{"q":[{"from":"2019-01-01","side":"a","sources":["s"]}]}}]}`))
	f.Add([]byte(`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`))
	f.Add([]byte(`{"id": "\u0000", "lang": 1e999}`))
	known := map[string]bool{"USA": true, "FRA": true, "RUS": true, "VEN": true}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Load(b, Options{KnownCode: func(c string) bool { return known[c] || c < "M" }})
		if err != nil {
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error is not a non-empty Problems: %T %v", err, err)
			}
			if s != nil {
				t.Fatal("a story came back with problems")
			}
			return
		}
		for i := range s.Events {
			st := s.Stances(i)
			total := 0
			for side, n := range s.Counts(i) {
				if s.Side(side) == nil {
					t.Fatalf("count for unknown side %q", side)
				}
				total += n
			}
			if total != len(st) {
				t.Fatalf("event %d: counts sum to %d, %d stances", i, total, len(st))
			}
			for code, x := range st {
				if s.Side(x.Side) == nil || x.Since.After(s.Events[i].Date) || x.Code != code {
					t.Fatalf("event %d: bad stance %+v", i, x)
				}
			}
			ch := s.Changes(i)
			if !slices.IsSortedFunc(ch, func(a, b Change) int { return strings.Compare(a.Code, b.Code) }) {
				t.Fatalf("event %d: changes not sorted by code", i)
			}
			if s.QuestionOf(i) == nil {
				t.Fatalf("event %d: no question", i)
			}
		}
		if _, err := s.FindEvent(s.Events[0].ID); err != nil {
			t.Fatal(err)
		}
	})
}
