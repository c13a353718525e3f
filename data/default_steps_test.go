package data

import (
	"slices"
	"sort"
	"testing"
)

// expect is code -> side at one step; "" means no stance (no data).
type expect map[string]string

// TestDefaultSteps checks the state at every step against the fact table's
// high-confidence cells, dated by its Start/change column, as revised by
// the fact-check of December 2026.
func TestDefaultSteps(t *testing.T) {
	s := loadDefault(t)
	g, m, n := "guaido", "maduro", "neutral"
	all := func(side string, codes ...string) expect {
		e := expect{}
		for _, c := range codes {
			e[c] = side
		}
		return e
	}
	merge := func(es ...expect) expect {
		out := expect{}
		for _, e := range es {
			for k, v := range e {
				out[k] = v
			}
		}
		return out
	}
	lima13 := []string{"ARG", "BRA", "CAN", "CHL", "COL", "CRI", "GTM", "GUY", "HND", "PAN", "PRY", "PER", "LCA"}
	oasYes2019 := append(slices.Clone(lima13), "BHS", "DOM", "ECU", "HTI", "JAM", "USA")
	recognisers23 := []string{"USA", "ARG", "BRA", "CAN", "CHL", "COL", "CRI", "GTM", "HND", "PAN", "PRY", "PER", "ECU", "GEO", "XKX"}
	eu := []string{"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
		"ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "GBR"}
	euButUK := slices.DeleteFunc(slices.Clone(eu), func(c string) bool { return c == "GBR" })
	cases := []struct {
		step   string
		want   expect
		counts map[string]int // nil: not checked
	}{
		{"2019-01-04", merge(all(g, lima13...), expect{"MEX": n, "USA": "", "RUS": "", "BOL": ""}),
			map[string]int{g: 13, m: 0, n: 1}},
		// Absent from the vote (Grenada) or silent (Albania, Israel…) is
		// no statement, not neutral.
		{"2019-01-10", merge(all(g, oasYes2019...), all(m, "BOL", "DMA", "NIC", "VCT", "SUR", "CUB", "TUR", "IRN", "RUS", "SLV"),
			all(n, "MEX", "URY", "ATG", "BRB", "BLZ", "KNA", "TTO"), all(n, eu...),
			expect{"GEO": g, "GRD": "", "ALB": "", "ISR": "", "AUS": "", "JPN": "", "ISL": ""}), nil},
		// EU governments are on record from their declaration of 26 January.
		{"2019-01-23", merge(all(g, recognisers23...), all(m, "RUS", "CUB", "NIC", "BOL", "IRN"),
			all(n, "MEX", "URY", "GUY", "LCA"), all("", eu...),
			expect{"ALB": "", "ISR": "", "AUS": "", "TUR": "", "CHN": "", "SLV": "", "BLR": "", "HTI": "", "JAM": "", "JPN": ""}), nil},
		{"2019-01-24", merge(all(g, recognisers23...), all(g, "ALB", "HTI", "DOM", "BHS"),
			all(m, "TUR", "CHN", "SYR", "SLV", "IRN", "RUS"), all(n, "MEX", "URY", "GBR"), all("", euButUK...),
			expect{"BLR": "", "ISR": "", "ZAF": ""}), nil},
		{"2019-01-26", merge(all(m, "BLR", "ZAF"), all(n, eu...), expect{"ISR": "", "AUS": ""}), nil},
		{"2019-01-31", merge(all(g, "ISR", "AUS", "ALB", "XKX", "GEO"), all(n, eu...), all(m, "BLR", "CHN", "ZAF")), nil},
		{"2020-01-05", merge(all(g, "BRA", "COL", "BOL", "GUY", "LCA", "USA", "ECU", "PAN", "PRY"), all(n, "ARG", "MEX"),
			expect{"SLV": "", "FRA": "", "ITA": "", "RUS": "", "NIC": "", "DOM": "", "AUS": "", "CUB": "", "CHN": ""}),
			map[string]int{m: 0}},
		{"2020-01-06", merge(all(m, "RUS"), all(g, "BOL"), expect{"SLV": "", "FRA": ""}), map[string]int{m: 1}},
		{"2020-01-07", merge(all(m, "RUS"), all(g, "BOL"), expect{"SLV": "", "FRA": ""}), map[string]int{m: 1}},
		{"2020-01-09", merge(all(g, eu...), all(m, "RUS"), expect{"SLV": ""}), nil},
		{"2020-01-10", merge(all(g, "SLV", "BOL", "DOM", "HTI", "JAM", "BHS", "USA"), all(g, eu...),
			all(m, "NIC", "DMA", "SUR", "VCT", "ATG", "RUS"), all(n, "URY", "BLZ", "TTO", "GRD", "MEX", "GUY", "ARG", "BRB"),
			expect{"KNA": ""}), nil},
		{"a-year-on", merge(all(g, "BOL", "SLV", "USA", "CAN", "BRA", "COL", "FRA", "DEU", "ESP", "GBR", "GRC", "AUS", "ISR", "JPN", "KOR", "HTI", "DOM"),
			all(n, "ARG", "MEX", "URY", "GUY", "ITA", "CYP", "SVK"),
			all(m, "RUS", "CUB", "NIC", "TUR", "CHN", "IRN", "BLR", "SYR", "VCT", "ZAF"), expect{"JAM": ""}), nil},
	}
	for _, c := range cases {
		t.Run(c.step, func(t *testing.T) {
			i, err := s.FindEvent(c.step)
			if err != nil {
				t.Fatal(err)
			}
			st := s.Stances(i)
			var codes []string
			for code := range c.want {
				codes = append(codes, code)
			}
			sort.Strings(codes)
			for _, code := range codes {
				if got := st[code].Side; got != c.want[code] {
					t.Errorf("%s: side %q, want %q", code, got, c.want[code])
				}
			}
			for side, want := range c.counts {
				if got := s.Counts(i)[side]; got != want {
					t.Errorf("count %s = %d, want %d", side, got, want)
				}
			}
		})
	}
}

// TestDefaultStanding checks the 2020 Assembly steps show, for governments
// that had said nothing on the Assembly yet, whom they recognised as
// president: Russia on 5 January is Maduro's, not a blank.
func TestDefaultStanding(t *testing.T) {
	s := loadDefault(t)
	i, _ := s.FindEvent("2020-01-05")
	want := map[string]string{"RUS": "maduro", "CUB": "maduro", "CHN": "maduro", "ZAF": "maduro",
		"FRA": "guaido", "DEU": "guaido", "AUS": "guaido", "JPN": "guaido", "SLV": "guaido", "ITA": "neutral", "SVK": "neutral"}
	standing := s.Standing(i)
	for code, side := range want {
		if got := standing[code]; got.Side != side {
			t.Errorf("5 Jan 2020: %s standing %q, want %q", code, got.Side, side)
		}
	}
	for _, code := range []string{"BRA", "ARG", "MEX", "VEN", "JAM"} {
		if _, ok := standing[code]; ok {
			t.Errorf("5 Jan 2020: %s has a standing position (it answers the question, is the subject or has no presidency stance)", code)
		}
	}
	if st := standing["RUS"]; st.Since.Format("2006-01-02") != "2019-01-23" {
		t.Errorf("RUS standing since %s, want 2019-01-23", st.Since.Format("2006-01-02"))
	}
	i, _ = s.FindEvent("2020-01-06")
	if _, ok := s.Standing(i)["RUS"]; ok {
		t.Error("6 Jan 2020: Russia answers the question itself")
	}
	for k, e := range s.Events {
		if e.Question != "assembly2020" && s.Standing(k) != nil {
			t.Errorf("%s asks %s, which takes no context, yet has standing positions", e.ID, e.Question)
		}
	}
}

// TestDefaultSince checks "since" follows the dated record: a stance keeps
// its start date when later entries only add sources or doubt.
func TestDefaultSince(t *testing.T) {
	s := loadDefault(t)
	cases := []struct{ step, code, side, since string }{
		{"2019-01-10", "BRA", "guaido", "2019-01-04"},
		{"2019-01-23", "IRN", "maduro", "2019-01-19"},
		{"2019-01-31", "AUS", "guaido", "2019-01-28"},
		{"2019-01-31", "ISR", "guaido", "2019-01-27"},
		{"2019-01-31", "FRA", "neutral", "2019-01-26"},
		{"2019-01-31", "GBR", "neutral", "2019-01-24"},
		{"a-year-on", "FRA", "guaido", "2019-02-04"},
		{"a-year-on", "GRC", "guaido", "2019-07-12"},
		{"a-year-on", "BOL", "guaido", "2019-11-14"},
		{"a-year-on", "ARG", "neutral", "2019-12-10"},
		{"a-year-on", "BRA", "guaido", "2019-01-23"},
		{"a-year-on", "ZAF", "maduro", "2019-01-26"},
		{"2020-01-10", "ARG", "neutral", "2020-01-05"},
		{"2020-01-10", "GUY", "neutral", "2020-01-10"},
	}
	for _, c := range cases {
		i, _ := s.FindEvent(c.step)
		st := s.Stances(i)[c.code]
		if st.Side != c.side || st.Since.Format("2006-01-02") != c.since {
			t.Errorf("%s %s: %s since %s, want %s since %s", c.step, c.code, st.Side, st.Since.Format("2006-01-02"), c.side, c.since)
		}
	}
	// Uncertain cells carry their flag and a note.
	i, _ := s.FindEvent("a-year-on")
	if st := s.Stances(i)["ARG"]; !st.Uncertain || st.Note.In("en", "en") == "" {
		t.Errorf("ARG 2020 presidency should be uncertain with a note: %+v", st)
	}
	i, _ = s.FindEvent("2020-01-10")
	if st := s.Stances(i)["ATG"]; st.Side != "maduro" || !st.Uncertain {
		t.Errorf("ATG 2020 assembly should be maduro, uncertain: %+v", st)
	}
}

// TestDefaultChanges checks the derived changes, and that the questions
// follow one another as a reader can follow: each year switches question
// at most once and never returns to one it left.
func TestDefaultChanges(t *testing.T) {
	s := loadDefault(t)
	i, _ := s.FindEvent("2020-01-06")
	if got := s.Changes(i); !slices.Equal(got, []Change{{Code: "RUS", From: "", To: "maduro"}}) {
		t.Errorf("changes at 6 Jan 2020 = %v, want only RUS appearing as maduro", got)
	}
	if s.Events[i].QuestionChanged {
		t.Error("6 Jan 2020 asks the same question as 5 Jan")
	}
	i, _ = s.FindEvent("2020-01-07")
	if s.Events[i].QuestionChanged || len(s.Changes(i)) != 0 {
		t.Errorf("7 Jan 2020 stays on the Assembly, with no change: %v", s.Changes(i))
	}
	i, _ = s.FindEvent("2019-01-24")
	for _, c := range s.Changes(i) {
		if c.From != "" || c.To == "" {
			t.Errorf("24 Jan 2019: only new stances expected, got %+v", c)
		}
	}
	if s.Changes(0) != nil {
		t.Error("the first step has no previous step")
	}
	// A year on, the presidency map is compared with 31 Jan 2019, the last
	// presidency map: Bolivia and El Salvador switched to Guaidó and
	// Argentina's new government dropped him.
	i, _ = s.FindEvent("a-year-on")
	if i != len(s.Events)-1 || !s.Events[i].QuestionChanged {
		t.Fatalf("a-year-on should be the last step and change question: %d", i)
	}
	if b := s.Baseline(i); b < 0 || s.Events[b].ID != "european-parliament" {
		t.Fatalf("a-year-on baseline = %d", b)
	}
	switched := map[string]Change{}
	for _, c := range s.BaselineChanges(i) {
		if c.Kind() == Switched {
			switched[c.Code] = c
		}
	}
	for code, want := range map[string]Change{"BOL": {"BOL", "maduro", "guaido"}, "SLV": {"SLV", "maduro", "guaido"}, "ARG": {"ARG", "guaido", "neutral"}} {
		if switched[code] != want {
			t.Errorf("a-year-on: %s switch %+v, want %+v", code, switched[code], want)
		}
	}
	byYear := map[int][]string{}
	for _, e := range s.Events {
		qs := byYear[e.Date.Year()]
		if len(qs) == 0 || qs[len(qs)-1] != e.Question {
			byYear[e.Date.Year()] = append(qs, e.Question)
		}
	}
	for year, qs := range byYear {
		if len(qs) > 2 {
			t.Errorf("%d switches question %d times: %v", year, len(qs)-1, qs)
		}
	}
}
