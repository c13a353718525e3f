package export

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
)

func TestWriteCSV(t *testing.T) {
	b, err := os.ReadFile("../data/testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := data.Load(b, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{"USA": "United States", "FRA": "France", "RUS": "Russia", "ATA": "Antarctica, \"the\" south"}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, s, 0, []string{"USA", "FRA", "ATA", "RUS"}, func(c string) string { return names[c] }); err != nil {
		t.Fatal(err)
	}
	want := `code,name,side,since,uncertain,sources,standing
USA,United States,guaido,2019-01-23,false,G4,
FRA,France,neutral,2019-01-23,true,E3,
ATA,"Antarctica, ""the"" south",none,,,,
RUS,Russia,maduro,2019-01-23,false,M10,
`
	if got := buf.String(); got != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", got, want)
	}

	buf.Reset()
	if err := WriteCSV(&buf, s, 1, []string{"FRA"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Split(buf.String(), "\n")[1]; got != "FRA,,guaido,2019-02-04,false,E3," {
		t.Errorf("row with nil name func = %q", got)
	}
	for _, ev := range []int{-1, 2} {
		if err := WriteCSV(&buf, s, ev, nil, nil); err == nil || !strings.Contains(err.Error(), "out of range") {
			t.Errorf("event %d: err = %v", ev, err)
		}
	}
}

// TestCSVOfTheDefaultStory writes the built-in story's steps with the real
// atlas: one row per atlas country with names from the atlas, sides
// counted as the story counts them, sources joined, and the standing
// position of a country that had not answered the step's question.
func TestCSVOfTheDefaultStory(t *testing.T) {
	w, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	s, err := data.Load(data.DefaultJSON(), data.Options{KnownCode: w.Known})
	if err != nil {
		t.Fatal(err)
	}
	codes := make([]string, len(w.Countries))
	for i, c := range w.Countries {
		codes[i] = c.Code
	}
	for i := range s.Events {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, s, i, append(codes, "ZZZ"), func(c string) string { return w.Name(c, "es") }); err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(codes)+2 {
			t.Fatalf("event %d: %d rows for %d countries and ZZZ", i, len(rows), len(codes))
		}
		sides := map[string]int{}
		for _, r := range rows[1:] {
			sides[r[2]]++
		}
		for side, n := range s.Counts(i) {
			if sides[side] != n {
				t.Errorf("event %d: CSV has %d %s rows, Counts says %d", i, sides[side], side, n)
			}
		}
		if want := len(codes) + 1 - len(s.Stances(i)); sides["none"] != want {
			t.Errorf("event %d: %d rows with no stance, want %d", i, sides["none"], want)
		}
		byCode := map[string][]string{}
		for _, r := range rows[1:] {
			byCode[r[0]] = r
		}
		// 7 January 2020 asks about the Assembly, on which Germany had
		// said nothing yet: its row has no side and its standing position.
		if s.Events[i].ID == "2020-01-07" {
			if r := byCode["DEU"]; r[1] != "Alemania" || r[2] != "none" || r[3] != "" || r[6] != "guaido" {
				t.Errorf("Germany row = %v", r)
			}
		}
		if s.Events[i].ID == "2020-01-10" {
			if got := strings.Join(byCode["BRA"], ","); got != "BRA,Brasil,guaido,2020-01-05,false,J1;J7;J11," {
				t.Errorf("Brazil row = %q", got)
			}
		}
	}
}

func BenchmarkWriteCSV(b *testing.B) {
	w, err := geo.Load()
	if err != nil {
		b.Fatal(err)
	}
	s, err := data.Load(data.DefaultJSON(), data.Options{KnownCode: w.Known})
	if err != nil {
		b.Fatal(err)
	}
	codes := make([]string, len(w.Countries))
	for i, c := range w.Countries {
		codes[i] = c.Code
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WriteCSV(&buf, s, 8, codes, nil); err != nil {
			b.Fatal(err)
		}
	}
}
