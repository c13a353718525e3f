package style

import (
	"encoding/json"
	"fmt"
	"image/color"
	"sort"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/theme"
)

// Bake returns the style as files for a program with no file system of
// its own, the web embed: style.json, naming the others; the fonts cut
// to the letters of text (glyph's subset format), so the reader loads
// the letters the story uses and not the whole face; and the fonts'
// licence, which travels with them. The logo is left out: the embed does
// not draw one. LoadBaked reads the files back.
func (s *Style) Bake(text string) (map[string][]byte, error) {
	doc := map[string]any{}
	sides := map[string]any{}
	for id, c := range s.Sides {
		m := map[string]string{}
		if c.Color != "" {
			m["color"] = c.Color
		}
		if c.ColorDark != "" {
			m["colorDark"] = c.ColorDark
		}
		sides[id] = m
	}
	doc["sides"] = sides
	doc["light"], doc["dark"] = themeColours(&s.Light), themeColours(&s.Dark)
	switch {
	case s.Credit[""] != "":
		doc["credit"] = s.Credit[""]
	case len(s.Credit) > 0:
		doc["credit"] = map[string]string(s.Credit)
	}
	files := map[string][]byte{}
	if s.Regular != nil {
		fonts := map[string]string{"regular": "regular.smg", "bold": "bold.smg", "licence": "LICENCE"}
		files["regular.smg"] = s.Regular.Subset(text)
		if s.Bold == s.Regular {
			fonts["bold"] = "regular.smg"
		} else {
			files["bold.smg"] = s.Bold.Subset(text)
		}
		files["LICENCE"] = []byte(s.Licence)
		doc["fonts"] = fonts
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("%s: bake: %w", s.File, err)
	}
	files["style.json"] = b
	return files, nil
}

// themeColours is every colour of t by its name in the file.
func themeColours(t *theme.Theme) map[string]string {
	out := map[string]string{}
	keys := ThemeKeys()
	sort.Strings(keys)
	for _, k := range keys {
		c := *themeKeys[k](t)
		out[k] = hexa(c)
	}
	return out
}

func hexa(c color.NRGBA) string {
	if c.A == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A)
}

// LoadBaked reads a style from the files Bake made.
func LoadBaked(files map[string][]byte) (*Style, error) {
	return Parse(files["style.json"], "the bundle's style", func(name string, limit int64) ([]byte, error) {
		b, ok := files[name]
		if !ok {
			return nil, fmt.Errorf("%s: not in the bundle", name)
		}
		return b, nil
	})
}

// isSubset reports whether b is a font subset rather than a font file.
func isSubset(b []byte) bool { return glyph.IsSubset(b) }

// parseFont reads a font file or a subset, with the Go font of the same
// weight as its fallback.
func parseFont(b []byte, bold bool) (*glyph.Font, error) {
	if isSubset(b) {
		return glyph.ParseSubset(b, glyph.GoFace(bold))
	}
	return glyph.ParseWithFallback(b, glyph.GoFace(bold))
}
