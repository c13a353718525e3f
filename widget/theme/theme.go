// Package theme holds the widget's colours for the light and dark looks, and
// the conversions the widget needs to use a story's "#rrggbb" side colours:
// parsing, dimming and greyscale for print.
package theme

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"
)

// Theme is every colour the widget draws with, except the story's side colours.
type Theme struct {
	Name       string      // "light" or "dark"
	Background color.NRGBA // behind everything, also the sea
	Text       color.NRGBA // headline and body text
	Muted      color.NRGBA // dates, sources, secondary labels
	Rule       color.NRGBA // thin separators, slider track
	Border     color.NRGBA // between countries
	NoData     color.NRGBA // countries without a stance: pale, not a side colour
	NoDataDot  color.NRGBA // the faint dot pattern over NoData
	Hatch      color.NRGBA // the hatch over uncertain stances
	Subject    color.NRGBA // fill of the story's subject: the country the story is about
	SubjectInk color.NRGBA // the subject's outline and label
	Changed    color.NRGBA // thick outline around countries that changed side
	Highlight  color.NRGBA // outline of the hovered or selected country
	Veil       color.NRGBA // drawn over the map to dim what is not highlighted
	Focus      color.NRGBA // keyboard focus ring
	Button     color.NRGBA // button face
	ButtonInk  color.NRGBA // button label and icon
	Accent     color.NRGBA // slider thumb, active button
	TipFill    color.NRGBA // tooltip background
	TipBorder  color.NRGBA
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{r, g, b, 255} }

func rgba(r, g, b, a uint8) color.NRGBA { return color.NRGBA{r, g, b, a} }

// Light is the default look, for white article pages.
func Light() Theme {
	return Theme{
		Name:       "light",
		Background: rgb(0xff, 0xff, 0xff),
		Text:       rgb(0x1a, 0x1a, 0x1a),
		Muted:      rgb(0x5c, 0x5c, 0x5c),
		Rule:       rgb(0xc8, 0xc8, 0xc8),
		Border:     rgb(0xff, 0xff, 0xff),
		NoData:     rgb(0xe4, 0xe4, 0xe0),
		NoDataDot:  rgb(0xb4, 0xb4, 0xae),
		Hatch:      rgba(0xff, 0xff, 0xff, 0xd0),
		Subject:    rgb(0x3a, 0x3a, 0x3a),
		SubjectInk: rgb(0x11, 0x11, 0x11),
		Changed:    rgb(0x11, 0x11, 0x11),
		Highlight:  rgb(0x00, 0x00, 0x00),
		Veil:       rgba(0xff, 0xff, 0xff, 0xb8),
		Focus:      rgb(0x00, 0x5f, 0xcc),
		Button:     rgb(0xf1, 0xf1, 0xee),
		ButtonInk:  rgb(0x22, 0x22, 0x22),
		Accent:     rgb(0x22, 0x22, 0x22),
		TipFill:    rgba(0xff, 0xff, 0xff, 0xf6),
		TipBorder:  rgb(0x99, 0x99, 0x99),
	}
}

// Dark is the look for dark pages and dark-mode readers.
func Dark() Theme {
	return Theme{
		Name:       "dark",
		Background: rgb(0x16, 0x18, 0x1c),
		Text:       rgb(0xee, 0xee, 0xea),
		Muted:      rgb(0xa6, 0xa8, 0xad),
		Rule:       rgb(0x4a, 0x4d, 0x54),
		Border:     rgb(0x16, 0x18, 0x1c),
		NoData:     rgb(0x38, 0x3b, 0x42),
		NoDataDot:  rgb(0x5e, 0x62, 0x6b),
		Hatch:      rgba(0x16, 0x18, 0x1c, 0xc8),
		Subject:    rgb(0xd8, 0xd8, 0xd2),
		SubjectInk: rgb(0xf4, 0xf4, 0xf0),
		Changed:    rgb(0xf4, 0xf4, 0xf0),
		Highlight:  rgb(0xff, 0xff, 0xff),
		Veil:       rgba(0x16, 0x18, 0x1c, 0xb8),
		Focus:      rgb(0x6c, 0xb4, 0xff),
		Button:     rgb(0x2a, 0x2d, 0x33),
		ButtonInk:  rgb(0xee, 0xee, 0xea),
		Accent:     rgb(0xee, 0xee, 0xea),
		TipFill:    rgba(0x22, 0x25, 0x2b, 0xf6),
		TipBorder:  rgb(0x60, 0x63, 0x6a),
	}
}

// Mode is the look asked for: light, dark, or auto, which follows the
// reader's or the desktop's preference.
type Mode string

const (
	ModeLight Mode = "light"
	ModeDark  Mode = "dark"
	ModeAuto  Mode = "auto"
)

// ParseMode reads "light", "dark" or "auto", in any case; "" is auto.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(strings.ToLower(s)); m {
	case ModeLight, ModeDark, ModeAuto:
		return m, nil
	case "":
		return ModeAuto, nil
	}
	return "", errors.New("want light, dark or auto")
}

// Resolve returns light or dark: m itself, or for auto (and "") dark when
// prefersDark (which may be nil) says the reader prefers it.
func (m Mode) Resolve(prefersDark func() bool) Mode {
	switch m {
	case ModeLight, ModeDark:
		return m
	}
	if prefersDark != nil && prefersDark() {
		return ModeDark
	}
	return ModeLight
}

// ByName returns the dark theme for "dark" and the light one for anything
// else ("auto" is resolved by the backend, which knows the reader's
// preference): Dark and Light, unless a style installed its own.
func ByName(name string) Theme {
	l := looks.Load()
	switch {
	case l != nil && name == "dark":
		return l[1]
	case l != nil:
		return l[0]
	case name == "dark":
		return Dark()
	}
	return Light()
}

// Parse reads "#rrggbb" or "#rgb".
func Parse(hex string) (color.NRGBA, error) {
	if len(hex) > 0 && hex[0] == '#' {
		hex = hex[1:]
	}
	if len(hex) == 3 {
		hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
	}
	if len(hex) != 6 {
		return color.NRGBA{}, fmt.Errorf("colour %q: want #rrggbb", hex)
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil {
		return color.NRGBA{}, fmt.Errorf("colour %q: %w", hex, err)
	}
	return rgb(uint8(v>>16), uint8(v>>8), uint8(v)), nil
}

// MustParse is Parse with a fallback colour for bad input; story colours are
// validated when the story loads, so the fallback only shows a bug.
func MustParse(hex string, fallback color.NRGBA) color.NRGBA {
	c, err := Parse(hex)
	if err != nil {
		return fallback
	}
	return c
}

// Luminance is the relative luminance of c (WCAG), 0 black to 1 white.
func Luminance(c color.NRGBA) float64 {
	lin := func(v uint8) float64 {
		f := float64(v) / 255
		if f <= 0.04045 {
			return f / 12.92
		}
		return math.Pow((f+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Grey returns an opaque grey whose lightness is level (0 black, 1 white).
func Grey(level float64) color.NRGBA {
	v := uint8(math.Round(255 * math.Max(0, math.Min(1, level))))
	return rgb(v, v, v)
}

// Mix blends a toward b by t in [0, 1].
func Mix(a, b color.NRGBA, t float64) color.NRGBA {
	m := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t)) }
	return color.NRGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), m(a.A, b.A)}
}

// WithAlpha returns c with alpha a.
func WithAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}
