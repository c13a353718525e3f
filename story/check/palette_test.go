package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/style"
)

func closeColourWarnings(r Report) []string {
	var out []string
	for _, w := range r.Warnings {
		if w.Kind == CloseColours {
			out = append(out, w.String())
		}
	}
	return out
}

// A red and a green of nearly equal lightness: plain to most readers,
// one colour to a deuteranope and in greyscale.
func TestRedGreenOfEqualLightnessWarns(t *testing.T) {
	b := change(t, data.DefaultJSON(), `"#0072b2"`, `"#cc3333"`, `"#d55e00"`, `"#338833"`)
	ws := closeColourWarnings(Check(b, Options{}))
	if len(ws) != 1 {
		t.Fatalf("want one warning (the light theme's pair), got %q", ws)
	}
	for _, want := range []string{`"guaido" (#cc3333)`, `"maduro" (#338833)`, "under deuteranopia", "in greyscale", "light theme", "sides[1].color"} {
		if !strings.Contains(ws[0], want) {
			t.Errorf("warning %q lacks %q", ws[0], want)
		}
	}
	if strings.Contains(ws[0], "tritanopia") {
		t.Errorf("a tritanope tells red from green: %q", ws[0])
	}
}

func TestStyleColoursAreTheOnesChecked(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "daily.json")
	if err := os.WriteFile(path, []byte(`{"sides": {"guaido": {"color": "#cc3333", "colorDark": "#5ab4f0"}, "maduro": "#338833"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := style.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r := Check(data.DefaultJSON(), Options{Style: st})
	ws := closeColourWarnings(r)
	if len(ws) != 1 || !strings.Contains(ws[0], "daily.json's colours") || !strings.Contains(ws[0], "deuteranopia") {
		t.Errorf("warnings %q, want one about daily.json's light colours", ws)
	}
	if err := os.WriteFile(path, []byte(`{"sides": {"chavez": "#000000"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if st, err = style.Load(path); err != nil {
		t.Fatal(err)
	}
	if r := Check(data.DefaultJSON(), Options{Style: st}); r.OK() || !strings.Contains(r.Problems[0].Message, `no side "chavez"`) {
		t.Errorf("a style for another story: %+v", r.Problems)
	}
}
