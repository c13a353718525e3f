package words

import (
	"slices"
	"testing"
)

func TestFindCountry(t *testing.T) {
	story, world := fixture(t)
	tests := []struct {
		lang, query string
		first       string // the first result
		has         []string
		none        bool
	}{
		{"en", "ven", "VEN", nil, false},
		{"en", "  BRAZ ", "BRA", nil, false},
		{"es", "peru", "PER", nil, false},    // "Perú" without its accent
		{"es", "méxico", "MEX", nil, false},  // accent in the query
		{"es", "germany", "DEU", nil, false}, // English names match too
		{"en", "cote", "CIV", nil, false},
		{"ru", "росс", "RUS", nil, false},
		{"en", "guinea", "GIN", []string{"GNB", "GNQ", "PNG"}, false}, // prefix first, then later words
		{"en", "usa", "USA", nil, false},                              // the code
		{"en", "antarctica", "", nil, true},
		{"en", "   ", "", nil, true},
		{"en", "zzzz", "", nil, true},
	}
	for _, tt := range tests {
		w := New(story, world, tt.lang)
		got := w.FindCountry(tt.query)
		if tt.none {
			if len(got) != 0 {
				t.Errorf("%s %q: %v, want nothing", tt.lang, tt.query, got)
			}
			continue
		}
		if len(got) == 0 || got[0] != tt.first {
			t.Errorf("%s %q: %v, want %s first", tt.lang, tt.query, got, tt.first)
		}
		for _, c := range tt.has {
			if !slices.Contains(got, c) {
				t.Errorf("%s %q: %v lacks %s", tt.lang, tt.query, got, c)
			}
		}
	}
}

func TestSortNames(t *testing.T) {
	names := []string{"États-Unis", "Zambie", "Allemagne", "Équateur", "Espagne", "Émirats arabes unis"}
	sortNames(names)
	if want := []string{"Allemagne", "Émirats arabes unis", "Équateur", "Espagne", "États-Unis", "Zambie"}; !slices.Equal(names, want) {
		t.Errorf("sortNames = %q, want %q", names, want)
	}
}
