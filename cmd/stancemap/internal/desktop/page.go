package desktop

import (
	"fmt"
	"hash/fnv"
	"image/color"
	"strings"
	"unicode/utf8"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// Page is what the window shows instead of the map: a story's problems,
// or the prompt to open one. It is drawn from the same kind of scene as
// the map, with the same fonts.
type Page struct {
	Heading string
	Prompt  *Prompt  // the line being typed, or nil
	Lines   []string // a story's problems, each wrapped on its own
	Footer  string   // what the keys do
	Alarm   bool     // a red bar: something is wrong
}

// Sizes of the page's text, logical px.
const (
	pageMargin    = 24
	headingSize   = 20
	fieldSize     = 15
	bodySize      = 14
	bodyLeading   = 19
	footerSize    = 13
	footerLeading = 17
)

// alarm is the problems page's red, readable on both themes.
var alarm = color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}

// Scene lays the page out at w×h logical px in theme th. Lines that do
// not fit end in a line saying how many more there are.
func (p Page) Scene(th theme.Theme, w, h float64) *scene.Scene {
	regular, bold := glyph.Face(false), glyph.Face(true)
	var items []scene.Item
	text := func(s string, x, y, size float64, b bool, c color.NRGBA) {
		items = append(items, &scene.Text{X: x, Y: y, S: s, Size: size, Bold: b, Color: c})
	}
	if p.Alarm {
		items = append(items, &scene.Rect{X: 0, Y: 0, W: 6, H: h, Fill: &scene.Fill{Color: alarm}})
	}
	width := w - 2*pageMargin
	y := float64(pageMargin)
	for _, l := range bold.Wrap(p.Heading, headingSize, width) {
		y += headingSize * 1.25
		text(l, pageMargin, y, headingSize, true, th.Text)
	}
	y += 14
	if p.Prompt != nil {
		box := 36.0
		items = append(items, &scene.Rect{X: pageMargin, Y: y, W: width, H: box, Radius: 4,
			Fill: &scene.Fill{Color: th.Button}, Stroke: &scene.Stroke{Color: th.Focus, Width: 2}})
		shown := tail(regular, p.Prompt.Text, fieldSize, width-24)
		text(shown, pageMargin+10, y+box/2+fieldSize*0.35, fieldSize, false, th.Text)
		caret := pageMargin + 10 + regular.Width(shown, fieldSize) + 1
		items = append(items, &scene.Rect{X: caret, Y: y + 8, W: 1.5, H: box - 16, Fill: &scene.Fill{Color: th.Text}})
		y += box + 6
		for _, l := range regular.Wrap(p.Prompt.Msg, footerSize, width) {
			y += footerLeading
			text(l, pageMargin, y, footerSize, false, th.Muted)
		}
		y += 10
	}
	var foot []string
	if p.Footer != "" {
		foot = regular.Wrap(p.Footer, footerSize, width)
	}
	bottom := h - pageMargin - float64(len(foot))*footerLeading - 8
	for i, line := range p.Lines {
		wrapped := regular.Wrap(line, bodySize, width)
		last := i == len(p.Lines)-1
		if y+float64(len(wrapped))*bodyLeading > bottom || (!last && y+float64(len(wrapped)+1)*bodyLeading > bottom) {
			y += bodyLeading
			text(fmt.Sprintf("… and %d more (all of them are on the terminal)", len(p.Lines)-i), pageMargin, y, bodySize, false, th.Muted)
			break
		}
		for _, l := range wrapped {
			y += bodyLeading
			text(l, pageMargin, y, bodySize, false, th.Text)
		}
		y += 5
	}
	fy := h - pageMargin - float64(len(foot)-1)*footerLeading
	for _, l := range foot {
		text(l, pageMargin, fy, footerSize, false, th.Muted)
		fy += footerLeading
	}
	return &scene.Scene{W: w, H: h, Background: th.Background, Title: p.Heading,
		Layers: []scene.Layer{{Name: "page", Key: p.key(th, w, h), Items: items}}}
}

// tail is the end of s that fits in width at size, after "…" when cut:
// the end of a path is the part being typed.
func tail(f *glyph.Font, s string, size, width float64) string {
	if f.Width(s, size) <= width {
		return s
	}
	for s != "" && f.Width("…"+s, size) > width {
		_, n := utf8.DecodeRuneInString(s)
		s = s[n:]
	}
	return "…" + s
}

// key changes whenever what the page shows does.
func (p Page) key(th theme.Theme, w, h float64) uint64 {
	hs := fnv.New64a()
	fmt.Fprintf(hs, "%s\x00%v\x00%s\x00%v\x00%v\x00%v\x00%s", p.Heading, p.Alarm, p.Footer, w, h, th.Name, strings.Join(p.Lines, "\x00"))
	if p.Prompt != nil {
		fmt.Fprintf(hs, "\x00%s\x00%s", p.Prompt.Text, p.Prompt.Msg)
	}
	return hs.Sum64()
}
