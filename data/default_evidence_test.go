package data

import (
	"strings"
	"testing"
)

// TestDefaultSources checks the sources an editor signs off: every source
// cited somewhere, dated, at a full address (no link shortener); no cell
// is neutral merely because nothing was found; every 2020 presidency cell
// that rests on 2019 evidence says it was carried forward.
func TestDefaultSources(t *testing.T) {
	s := loadDefault(t)
	cited := map[string]bool{}
	for _, e := range s.Events {
		for _, id := range e.Sources {
			cited[id] = true
		}
	}
	for _, c := range s.Countries {
		for q, entries := range c.Stances {
			for k, e := range entries {
				for _, id := range e.Sources {
					cited[id] = true
				}
				if note := strings.ToLower(e.Note["en"]); e.Side == "neutral" && strings.Contains(note, "no statement") && strings.Contains(note, "found") {
					t.Errorf("%s %s[%d]: neutral only because nothing was found: %q", c.Code, q, k, e.Note["en"])
				}
			}
		}
	}
	dates := map[string]string{}
	for _, src := range s.Sources {
		dates[src.ID] = src.Date
		if !cited[src.ID] {
			t.Errorf("source %s is never cited", src.ID)
		}
		if src.Date == "" {
			t.Errorf("source %s has no date", src.ID)
		}
		if src.URL == "" {
			t.Errorf("source %s has no address", src.ID)
		}
		for _, short := range []string{"cnn.it/", "bit.ly/", "t.co/", "goo.gl/"} {
			if strings.Contains(src.URL, short) {
				t.Errorf("source %s uses a link shortener: %s", src.ID, src.URL)
			}
		}
	}
	i, _ := s.FindEvent("a-year-on")
	for code, st := range s.Stances(i) {
		fresh := false
		for _, id := range st.Sources {
			fresh = fresh || dates[id] >= "2019-11"
		}
		if !fresh && st.Note["en"] == "" {
			t.Errorf("a-year-on %s rests on sources %v from before the 2020 events and has no note", code, st.Sources)
		}
	}
	if d, ok := s.Updated(); !ok || d.Format("2006-01-02") < "2026-12-06" {
		t.Errorf("the fact-check's changes are the first correction: Updated() = %v, %v", d, ok)
	}
}

// TestDefaultUncertain checks the uncertain flag on the cells the fact
// table and the fact-check mark uncertain (a single OAS vote, attendance at
// the inauguration, an undated recognition), and its absence on
// high-confidence cells.
func TestDefaultUncertain(t *testing.T) {
	s := loadDefault(t)
	cases := []struct {
		step      string
		codes     []string
		uncertain bool
	}{
		{"2019-01-10", []string{"BLR", "SYR", "RUS", "CHN", "TUR", "IRN"}, true},
		{"2019-01-24", []string{"HTI", "DMA", "SUR", "GBR", "DOM"}, true},
		{"2020-01-05", []string{"ARG", "GUY"}, true},
		{"a-year-on", []string{"ARG", "LCA", "DMA", "SUR", "ISL", "MNE", "MAR", "MHL", "FSM", "AUS", "DOM"}, true},
		{"2020-01-10", []string{"ARG", "GUY", "ATG", "BRB", "DMA", "NIC", "SUR", "VCT"}, true},
		{"2019-01-10", []string{"BRA", "USA", "MEX", "FRA", "CUB", "NIC", "BOL"}, false},
		{"2019-01-24", []string{"BRA", "USA", "RUS", "MEX", "CUB", "NIC", "CHN"}, false},
		{"a-year-on", []string{"BOL", "SLV", "ITA", "FRA", "RUS", "HTI", "USA", "ZAF"}, false},
		{"2020-01-10", []string{"BOL", "SLV", "ITA", "RUS", "LCA", "MEX"}, false},
	}
	for _, c := range cases {
		i, err := s.FindEvent(c.step)
		if err != nil {
			t.Fatal(err)
		}
		for _, code := range c.codes {
			st, ok := s.Stances(i)[code]
			if !ok || st.Uncertain != c.uncertain {
				t.Errorf("%s %s: stance %v, uncertain %v; want uncertain %v", c.step, code, ok, st.Uncertain, c.uncertain)
			}
			if st.Uncertain && st.Note.In("en", "en") == "" {
				t.Errorf("%s %s: uncertain without a note", c.step, code)
			}
		}
	}
}
