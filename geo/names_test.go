package geo

import (
	"slices"
	"testing"
)

func TestNames(t *testing.T) {
	w := loadWorld(t)
	cases := []struct{ code, lang, want string }{
		{"VEN", "en", "Venezuela"},
		{"VEN", "es", "Venezuela"},
		{"VEN", "ru", "Венесуэла"},
		{"BOL", "en", "Bolivia"},
		{"RUS", "en", "Russia"},
		{"RUS", "ru", "Россия"},
		{"IRN", "en", "Iran"},
		{"SYR", "es", "Siria"},
		{"KOR", "es", "Corea del Sur"},
		{"FSM", "en", "Micronesia"},
		{"TWN", "en", "Taiwan"},
		{"PSE", "en", "Palestine"},
		{"ESH", "ru", "Западная Сахара"},
		{"XKX", "en", "Kosovo"},
		{"XKX", "ru", "Косово"},
		{"USA", "es", "Estados Unidos"},
		{"USA", "ES-mx", "Estados Unidos"}, // the region is ignored
		{"DEU", "de", "Germany"},           // unknown language: English
		{"DEU", "", "Germany"},
		{"ZZZ", "en", "ZZZ"}, // unknown code: the code
	}
	for _, c := range cases {
		if got := w.Name(c.code, c.lang); got != c.want {
			t.Errorf("Name(%q, %q) = %q, want %q", c.code, c.lang, got, c.want)
		}
	}
}

// TestEveryCountryHasEveryName: a name in each language of the table.
func TestEveryCountryHasEveryName(t *testing.T) {
	w := loadWorld(t)
	if langs := w.NameLangs(); len(langs) < 3 || langs[0] != "en" {
		t.Fatalf("NameLangs = %v", langs)
	}
	for _, c := range w.Countries {
		n, ok := w.names.names[c.Code]
		if !ok {
			t.Errorf("%s: no names", c.Code)
			continue
		}
		for i, s := range n {
			if s == "" {
				t.Errorf("%s: no %s name", c.Code, w.names.langs[i])
			}
		}
	}
	if len(w.names.names) != len(w.Countries) {
		t.Errorf("%d names for %d countries", len(w.names.names), len(w.Countries))
	}
}

func TestParseNames(t *testing.T) {
	tab, err := parseNames([]byte("# comment\n# code\ten\tes\tru\nAAA\tA\tA-es\tА\n\n"))
	if err != nil || !slices.Equal(tab.names["AAA"], []string{"A", "A-es", "А"}) || !slices.Equal(tab.langs, []string{"en", "es", "ru"}) {
		t.Fatalf("parseNames = %v, %v", tab, err)
	}
	for _, bad := range []string{"# code\ten\tes\nAAA\tA\n", "AAA\tA\n", "# code\tes\ten\nAAA\tA\tB\n"} {
		if _, err := parseNames([]byte(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}
