package data_test

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
)

// TestDefaultAgainstAtlas loads the default story with the real world
// atlas: every country it names must be drawable, and the CSV of a step
// has one row per atlas country with names from the atlas.
func TestDefaultAgainstAtlas(t *testing.T) {
	w, err := geo.Load()
	if err != nil {
		t.Fatalf("geo.Load: %v", err)
	}
	s, err := data.Load(data.DefaultJSON(), data.Options{KnownCode: w.Known})
	if err != nil {
		t.Fatalf("default story against the atlas: %v", err)
	}
	if !w.Known("XKX") || !w.Known("LCA") || !w.Known("MLT") {
		t.Fatal("atlas lacks Kosovo, Saint Lucia or Malta")
	}
	codes := make([]string, len(w.Countries))
	for i, c := range w.Countries {
		codes[i] = c.Code
	}
	// 7 January 2020 asks about the Assembly, on which Germany had said
	// nothing yet: its row has no side and its standing position.
	i, err := s.FindEvent("2020-01-07")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := data.WriteCSV(&buf, s, i, codes, func(c string) string { return w.Name(c, "es") }); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(codes)+1 {
		t.Fatalf("%d rows for %d countries", len(rows), len(codes))
	}
	sides := map[string]int{}
	for _, r := range rows[1:] {
		sides[r[2]]++
		if r[0] == "DEU" && (r[1] != "Alemania" || r[2] != "none" || r[3] != "" || r[6] != "guaido") {
			t.Errorf("Germany row = %v", r)
		}
	}
	for side, n := range s.Counts(i) {
		if sides[side] != n {
			t.Errorf("CSV has %d %s rows, Counts says %d", sides[side], side, n)
		}
	}
	if sides["none"] != len(codes)-len(s.Stances(i)) {
		t.Errorf("%d rows with no stance, want %d", sides["none"], len(codes)-len(s.Stances(i)))
	}
}
