package geo

import "testing"

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
		{"DEU", "de", "Germany"}, // unknown language: English
		{"DEU", "", "Germany"},
		{"ZZZ", "en", "ZZZ"}, // unknown code: the code
	}
	for _, c := range cases {
		if got := w.Name(c.code, c.lang); got != c.want {
			t.Errorf("Name(%q, %q) = %q, want %q", c.code, c.lang, got, c.want)
		}
	}
}

func TestEveryCountryHasThreeNames(t *testing.T) {
	w := loadWorld(t)
	for _, c := range w.Countries {
		n, ok := w.names[c.Code]
		if !ok {
			t.Errorf("%s: no names", c.Code)
			continue
		}
		for i, s := range n {
			if s == "" {
				t.Errorf("%s: no %s name", c.Code, Langs[i])
			}
		}
	}
	if len(w.names) != len(w.Countries) {
		t.Errorf("%d names for %d countries", len(w.names), len(w.Countries))
	}
}

func TestParseNames(t *testing.T) {
	tab, err := parseNames([]byte("# comment\nAAA\tA\tA-es\tА\n\n"))
	if err != nil || tab["AAA"] != [3]string{"A", "A-es", "А"} {
		t.Fatalf("parseNames = %v, %v", tab, err)
	}
	if _, err := parseNames([]byte("AAA\tA\n")); err == nil {
		t.Error("no error for two fields")
	}
}
