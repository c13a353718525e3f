// Package svgout writes a scene.Scene as a small, deterministic SVG 1.1
// document: real <text> elements, shared <pattern> definitions, element ids
// from item ids, and coordinates rounded to what the eye can see. It has no
// dependencies beyond the standard library, so it also runs in the browser.
package svgout

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"image/color"
	"io"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
)

// FontFamily is the CSS font list for text: the Go font the layout measured
// with, then look-alike fallbacks.
const FontFamily = "Go, 'Go Sans', Arial, sans-serif"

// fontFamily is FontFamily, after the family of a style's font when one
// is installed: the layout measured with it. (An embedded font is
// declared as Go, which then names the style's font too.)
func fontFamily() string {
	if name := glyph.InstalledFamily(); name != "" {
		return "'" + name + "', " + FontFamily
	}
	return FontFamily
}

// Options tune the document.
type Options struct {
	// Width and Height are the root element's size attributes, for example
	// "297mm"; empty means the scene's size in px.
	Width, Height string
	// Decimals is the number of digits kept after the point in coordinates:
	// 1 (0.1 px) when zero, at most 3.
	Decimals int
	// EmbedFont adds the Go fonts as @font-face data URIs (about 250 KB)
	// so text looks and measures the same everywhere.
	EmbedFont bool
	// IDPrefix starts every id the document gives (items, layers, clip
	// paths, patterns), for an SVG put inside a page whose own ids and
	// style rules must not meet its items': a tooltip's box is "tip".
	IDPrefix string
}

// Write writes s to w as SVG.
func Write(w io.Writer, s *scene.Scene, opt Options) error {
	if s == nil {
		return fmt.Errorf("svgout: nil scene")
	}
	dec := opt.Decimals
	switch {
	case dec <= 0:
		dec = 1
	case dec > 3:
		dec = 3
	}
	e := &encoder{w: bufio.NewWriterSize(w, 64<<10), dec: dec, ids: map[string]int{}}
	if opt.IDPrefix != "" {
		e.prefix = sanitizeID(opt.IDPrefix)
	}
	e.num.unit = 1
	for i := 0; i < dec; i++ {
		e.num.unit *= 10
	}
	e.collect(s)
	e.document(s, opt)
	return e.w.Flush()
}

// encoder writes one document. Write errors stick in the bufio.Writer and
// surface at Flush.
type encoder struct {
	w   *bufio.Writer
	dec int
	num numFormat

	patterns   []patternDef
	patternIdx map[patternKey]int
	ids        map[string]int // item ids used so far, to keep them unique
	prefix     string         // Options.IDPrefix
	buf        []byte
}

func (e *encoder) document(s *scene.Scene, opt Options) {
	width, height := opt.Width, opt.Height
	if width == "" {
		width = e.num.str(s.W)
	}
	if height == "" {
		height = e.num.str(s.H)
	}
	e.put(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	e.put(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="` + escAttr(width) + `" height="` + escAttr(height) +
		`" viewBox="0 0 ` + e.num.str(s.W) + " " + e.num.str(s.H) + `" font-family="` + escAttr(fontFamily()) + `">` + "\n")
	if s.Title != "" {
		e.put("<title>" + escText(s.Title) + "</title>\n")
	}
	e.defs(s, opt)
	if s.Background.A != 0 {
		e.put(`<rect width="` + e.num.str(s.W) + `" height="` + e.num.str(s.H) + `"`)
		e.paint("fill", s.Background)
		e.put("/>\n")
	}
	for i := range s.Layers {
		l := &s.Layers[i]
		e.put(`<g id="` + e.prefix + `layer-` + sanitizeID(l.Name) + `"`)
		if l.Clip != nil {
			e.put(` clip-path="url(#` + e.prefix + `clip-` + strconv.Itoa(i) + `)"`)
		}
		e.put(">\n")
		for _, it := range l.Items {
			e.item(it)
		}
		e.put("</g>\n")
	}
	e.put("</svg>\n")
}

func (e *encoder) defs(s *scene.Scene, opt Options) {
	hasClip := false
	for _, l := range s.Layers {
		hasClip = hasClip || l.Clip != nil
	}
	if len(e.patterns) == 0 && !hasClip && !opt.EmbedFont {
		return
	}
	e.put("<defs>\n")
	if opt.EmbedFont {
		e.put("<style>")
		for _, bold := range []bool{false, true} {
			weight := "normal"
			if bold {
				weight = "bold"
			}
			e.put("@font-face{font-family:Go;font-weight:" + weight + ";src:url(data:font/ttf;base64,")
			e.put(base64.StdEncoding.EncodeToString(glyph.Face(bold).TTF()))
			e.put(")}")
		}
		e.put("</style>\n")
	}
	for i, l := range s.Layers {
		if c := l.Clip; c != nil {
			e.put(`<clipPath id="` + e.prefix + `clip-` + strconv.Itoa(i) + `"><rect x="` + e.num.str(c.X) + `" y="` + e.num.str(c.Y) +
				`" width="` + e.num.str(c.W) + `" height="` + e.num.str(c.H) + `"/></clipPath>` + "\n")
		}
	}
	for i := range e.patterns {
		e.pattern(i)
	}
	e.put("</defs>\n")
}

func (e *encoder) put(s string) { e.w.WriteString(s) }

// paint writes a colour attribute and, when translucent, its opacity.
func (e *encoder) paint(attr string, c color.NRGBA) {
	e.put(" " + attr + `="` + hexColor(c) + `"`)
	if c.A != 255 {
		e.put(" " + attr + `-opacity="` + strconv.FormatFloat(float64(c.A)/255, 'f', 2, 64) + `"`)
	}
}

func hexColor(c color.NRGBA) string {
	const hex = "0123456789abcdef"
	b := []byte{'#', hex[c.R>>4], hex[c.R&15], hex[c.G>>4], hex[c.G&15], hex[c.B>>4], hex[c.B&15]}
	if b[1] == b[2] && b[3] == b[4] && b[5] == b[6] {
		b = []byte{'#', b[1], b[3], b[5]}
	}
	return string(b)
}

// id writes a unique, valid id attribute for an item id.
func (e *encoder) id(raw string) {
	if raw == "" {
		return
	}
	id := sanitizeID(raw)
	if isCountryCode(raw) {
		id = "c-" + raw
	}
	e.ids[id]++
	if n := e.ids[id]; n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	e.put(` id="` + e.prefix + id + `"`)
}

// isCountryCode reports whether an item id is a bare alpha-3 code, which
// gets a "c-" prefix so it reads as a country in the document.
func isCountryCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// sanitizeID keeps letters, digits, '-', '_' and '.', replaces anything
// else with '-', and makes sure the id starts with a letter.
func sanitizeID(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	out := b.String()
	if out == "" || !(out[0] >= 'a' && out[0] <= 'z' || out[0] >= 'A' && out[0] <= 'Z') {
		out = "i-" + out
	}
	return out
}
