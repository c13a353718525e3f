package pdfout

import (
	"encoding/binary"
	"strings"

	"github.com/stancemap/stancemap/widget/geom"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
)

// printable returns s as valid UTF-8 without control characters or runes
// the Go fonts lack, which would otherwise print as empty boxes or upset
// the font subsetter. Story text is untrusted.
func printable(s string) string {
	s = strings.ToValidUTF8(s, "?")
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x20 || r == 0x7f:
			return ' '
		case !glyph.Face(false).Has(r):
			return '?'
		}
		return r
	}, s)
}

// embeddable reports whether fpdf can embed f: TrueType outlines and a
// Unicode cmap in format 4. Text in any other font (a newsroom's OpenType
// font with CFF outlines) is drawn as outlines: fpdf would print a
// complaint on standard output, where mapshot -o - writes the PDF, and
// embed a broken font.
func embeddable(f *glyph.Font) bool {
	return trueTypeWithCmap4(f.TTF())
}

func trueTypeWithCmap4(t []byte) bool {
	be := binary.BigEndian
	if len(t) < 12 || string(t[:4]) != "\x00\x01\x00\x00" && string(t[:4]) != "true" {
		return false
	}
	n := int(be.Uint16(t[4:]))
	for i := 0; i < n && 12+16*i+16 <= len(t); i++ {
		rec := t[12+16*i:]
		if string(rec[:4]) != "cmap" {
			continue
		}
		off, size := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if off < 0 || size < 4 || off+size > len(t) || off+size < off {
			return false
		}
		cmap := t[off : off+size]
		for j := 0; j < int(be.Uint16(cmap[2:])) && 4+8*j+8 <= len(cmap); j++ {
			sub := cmap[4+8*j:]
			pid, eid, at := be.Uint16(sub), be.Uint16(sub[2:]), int(be.Uint32(sub[4:]))
			if (pid == 3 && eid == 1 || pid == 0) && at >= 0 && at+2 <= len(cmap) && be.Uint16(cmap[at:]) == 4 {
				return true
			}
		}
		return false
	}
	return false
}

func fontStyle(bold bool) string {
	if bold {
		return "B"
	}
	return ""
}

// outlined draws s, t's text made printable, as filled glyph outlines:
// for a font PDF cannot embed, or a line with letters the font borrows
// from the Go font (the embedded font file lacks them).
func (p *page) outlined(t *scene.Text, s string) {
	tt := *t
	tt.S = s
	d := p.pathOps(geom.TextPath(&tt), true)
	if d == "" {
		return
	}
	p.setFill(t.Color)
	p.pdf.RawWriteStr(d + "f")
}
