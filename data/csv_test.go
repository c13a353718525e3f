package data

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteCSV(t *testing.T) {
	s, err := Load(readFixture(t, "example.json"), Options{})
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

// TestWriteCSVStanding checks the last column: the side of a country's
// standing position where it has no stance of its own, else empty.
func TestWriteCSVStanding(t *testing.T) {
	s, err := Load(withAssembly(t, "", `, "context": "president"`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, s, 2, []string{"USA", "RUS", "ATA"}, nil); err != nil {
		t.Fatal(err)
	}
	want := `code,name,side,since,uncertain,sources,standing
USA,,guaido,2020-01-05,false,G4,
RUS,,none,,,,maduro
ATA,,none,,,,
`
	if got := buf.String(); got != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteCSVSources(t *testing.T) {
	s := loadDefault(t)
	i, _ := s.FindEvent("2020-01-10")
	var buf bytes.Buffer
	if err := WriteCSV(&buf, s, i, []string{"BRA"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Split(buf.String(), "\n")[1]; got != "BRA,,guaido,2020-01-05,false,J1;J7;J11," {
		t.Errorf("BRA row = %q", got)
	}
}

func BenchmarkWriteCSV(b *testing.B) {
	s := loadDefault(b)
	codes := make([]string, 0, 250)
	for c := range atlasCodes(b) {
		codes = append(codes, c)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WriteCSV(&buf, s, 8, codes, nil); err != nil {
			b.Fatal(err)
		}
	}
}
