package glyph_test

import (
	"encoding/json"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/i18n"
)

// TestFontsCoverEveryLanguage checks the Go fonts have a glyph for every
// letter the widget may draw in each language: its UI text, the country
// names and the built-in story (ç, ã, œ, «», the no-break space French
// sets before a colon…). A missing one is drawn as an empty box.
func TestFontsCoverEveryLanguage(t *testing.T) {
	var texts []string
	for _, l := range i18n.Langs {
		texts = append(texts, i18n.AllText(l)...)
	}
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range world.Countries {
		for _, l := range world.NameLangs() {
			texts = append(texts, world.Name(c.Code, l))
		}
	}
	var story any
	if err := json.Unmarshal(data.DefaultJSON(), &story); err != nil {
		t.Fatal(err)
	}
	texts = append(texts, stringsIn(story)...)
	missing := map[rune]string{}
	for _, bold := range []bool{false, true} {
		f := glyph.Face(bold)
		for _, s := range texts {
			for _, r := range s {
				if r >= ' ' && !f.Has(r) {
					missing[r] = s
				}
			}
		}
	}
	for r, s := range missing {
		t.Errorf("no glyph for %U %q, in %q", r, r, s)
	}
	if len(texts) < 1000 {
		t.Errorf("only %d texts looked at", len(texts))
	}
}

// stringsIn lists every string in a decoded JSON value.
func stringsIn(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, stringsIn(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for k, e := range v {
			out = append(out, k)
			out = append(out, stringsIn(e)...)
		}
		return out
	}
	return nil
}
