// Package style reads a newsroom's style file — colours for the sides and
// the map, the widget's greys, fonts with their licence, a credit line and
// a logo — and applies it: side colours to a story, the look and fonts to
// the process (theme.Install, glyph.Install), so the screen, the print
// exports and the posters all draw with it. The file's format is in
// docs/style.md. Without a style everything stays as it is.
package style

import (
	"fmt"
	"image"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/theme"
)

// Style is a loaded, validated style file.
type Style struct {
	File string // the path it was read from, for messages

	// Sides are colours by side id; an empty field keeps the story's.
	Sides map[string]SideColors
	// Light and Dark are the default themes with the file's colours over
	// them.
	Light, Dark theme.Theme
	// Regular and Bold are the fonts (Bold is Regular when the file names
	// one font), each falling back to the Go font for the letters it
	// lacks; nil when the file names none.
	Regular, Bold *glyph.Font
	// FontFiles are the font files' names as the file gives them, for
	// messages; Licence is the fonts' licence text.
	FontFiles [2]string
	Licence   string
	// Credit replaces the story's credit line when not empty.
	Credit data.Text
	// Logo is the decoded logo and LogoPNG its file; nil for none.
	Logo    image.Image
	LogoPNG []byte
}

// SideColors are one side's colours in the light and dark themes.
type SideColors struct {
	Color, ColorDark string // "#rrggbb"
}

// Recolor gives the story's sides the style's colours and the style's
// credit line. A side id the story does not have is an error, naming the
// ids it has: a style made for one story is likely to be misapplied to
// another.
func (s *Style) Recolor(story *data.Story) error {
	var ids []string
	for _, d := range story.Sides {
		ids = append(ids, d.ID)
	}
	var bad []string
	for id := range s.Sides {
		if story.Side(id) == nil {
			bad = append(bad, id)
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s: sides: the story has no side %s (its sides: %s)", s.File, quoteAll(bad), strings.Join(ids, ", "))
	}
	for i := range story.Sides {
		d := &story.Sides[i]
		c, ok := s.Sides[d.ID]
		if !ok {
			continue
		}
		if c.Color != "" {
			d.Color = c.Color
			if c.ColorDark == "" {
				d.ColorDark = c.Color
			}
		}
		if c.ColorDark != "" {
			d.ColorDark = c.ColorDark
		}
	}
	switch {
	case s.Credit[""] != "":
		story.Credit = data.Text{story.Lang: s.Credit[""]}
	case len(s.Credit) > 0 && s.Credit[story.Lang] == "":
		return fmt.Errorf("%s: credit: no text in %q, the story's own language", s.File, story.Lang)
	case len(s.Credit) > 0:
		story.Credit = s.Credit
	}
	return nil
}

// Install makes the style's themes and fonts the process's and returns a
// function that puts back the previous ones. A nil Style installs nothing.
func (s *Style) Install() (restore func()) {
	if s == nil {
		return func() {}
	}
	r1 := theme.Install(s.Light, s.Dark)
	r2 := func() {}
	if s.Regular != nil {
		r2 = glyph.Install(s.Regular, s.Bold)
	}
	return func() { r2(); r1() }
}

// Apply is Recolor then Install, for a program that shows one story.
func (s *Style) Apply(story *data.Story) (restore func(), err error) {
	if s == nil {
		return func() {}, nil
	}
	if err := s.Recolor(story); err != nil {
		return nil, err
	}
	return s.Install(), nil
}

// Warnings name the letters of text the style's fonts lack, which are
// drawn in the Go fonts instead; none without fonts.
func (s *Style) Warnings(text string) []string {
	if s == nil || s.Regular == nil {
		return nil
	}
	var out []string
	for i, f := range []*glyph.Font{s.Regular, s.Bold} {
		if i == 1 && s.FontFiles[1] == s.FontFiles[0] {
			break
		}
		if miss := f.Missing(text); len(miss) > 0 {
			name := [2]string{"regular", "bold"}[i]
			out = append(out, fmt.Sprintf("%s: fonts.%s: %s has no %s (%d letters), drawn in the Go font instead",
				s.File, name, s.FontFiles[i], quoteRunes(miss, 12), len(miss)))
		}
	}
	return out
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// quoteRunes lists up to max runes, then how many more.
func quoteRunes(rs []rune, max int) string {
	var b strings.Builder
	for i, r := range rs {
		if i == max {
			fmt.Fprintf(&b, " and %d more", len(rs)-max)
			break
		}
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%q", r)
	}
	return b.String()
}
