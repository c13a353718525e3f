package poster

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// TestName pins the posters' names: the embed page builds them from the
// manifest's patterns (e2e/contract.test.mjs checks it builds these).
func TestName(t *testing.T) {
	tests := []struct {
		dir, event, lang, theme string
		width, scale            int
		want                    string
	}{
		{"posters/0123456789abcdef", "guaido-claim", "es", "dark", 700, 2, "posters/0123456789abcdef/guaido-claim.es.dark.700@2x.png"},
		{"posters/x", "2019-01-23", "pt-BR", "light", 360, 1, "posters/x/2019-01-23.pt-BR.light.360.png"},
		{"posters/x", "v1.2", "en", "light", 1280, 0, "posters/x/v1.2.en.light.1280.png"},
		// A value is put in once: an event id that looks like a
		// placeholder stays as it is.
		{"d", "{lang}", "en", "light", 360, 1, "d/{lang}.en.light.360.png"},
	}
	for _, tt := range tests {
		if got := Name(tt.dir, tt.event, tt.lang, tt.theme, tt.width, tt.scale); got != tt.want {
			t.Errorf("Name(%q, %q, %q, %q, %d, %d) = %q, want %q", tt.dir, tt.event, tt.lang, tt.theme, tt.width, tt.scale, got, tt.want)
		}
	}
}

// manifestNames checks that the manifest's script, as the page reads it,
// has a name pattern for every scale posters are drawn at, under the key
// the page looks it up by, that fills to Name.
func manifestNames(t *testing.T, script string) {
	t.Helper()
	js := strings.TrimSuffix(strings.TrimPrefix(script, "<script>window.STANCEMAP_POSTERS="), ";</script>")
	var page struct{ Names map[string]string }
	if err := json.Unmarshal([]byte(js), &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Names) != len(Scales) {
		t.Errorf("the manifest's names: %q, want one per scale in %v", page.Names, Scales)
	}
	for _, s := range Scales {
		fill := strings.NewReplacer("{dir}", "D", "{event}", "e", "{lang}", "es", "{theme}", "dark", "{width}", "700")
		if got, want := fill.Replace(page.Names[strconv.Itoa(s)]), Name("D", "e", "es", "dark", 700, s); got != want {
			t.Errorf("the manifest's name at %d×: %q, want %q", s, got, want)
		}
	}
}
