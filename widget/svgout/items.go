package svgout

import (
	"encoding/base64"
	"math"
	"strconv"

	"github.com/stancemap/stancemap/widget/scene"
)

func (e *encoder) item(it scene.Item) {
	switch v := it.(type) {
	case *scene.Shape:
		d := e.pathData(v.Path, v.Closed || v.Fill != nil)
		if d == "" {
			return
		}
		e.put("<path")
		e.id(v.ID)
		e.put(` d="` + d + `"`)
		e.fillStroke(v.Fill, v.Stroke)
		e.put("/>\n")
	case *scene.Circle:
		e.put("<circle")
		e.id(v.ID)
		e.put(` cx="` + e.num.str(v.Center.X) + `" cy="` + e.num.str(v.Center.Y) + `" r="` + e.num.str(v.Radius) + `"`)
		e.fillStroke(v.Fill, v.Stroke)
		e.put("/>\n")
	case *scene.Rect:
		e.put("<rect")
		e.id(v.ID)
		e.put(` x="` + e.num.str(v.X) + `" y="` + e.num.str(v.Y) + `" width="` + e.num.str(v.W) + `" height="` + e.num.str(v.H) + `"`)
		if v.Radius > 0 {
			e.put(` rx="` + e.num.str(v.Radius) + `"`)
		}
		e.fillStroke(v.Fill, v.Stroke)
		e.put("/>\n")
	case *scene.Text:
		if v.S == "" {
			return
		}
		e.put("<text")
		e.id(v.ID)
		e.put(` x="` + e.num.str(v.X) + `" y="` + e.num.str(v.Y) + `" font-size="` + e.num.str(v.Size) + `"`)
		if v.Bold {
			e.put(` font-weight="bold"`)
		}
		switch v.Align {
		case scene.AlignCenter:
			e.put(` text-anchor="middle"`)
		case scene.AlignRight:
			e.put(` text-anchor="end"`)
		}
		e.paint("fill", v.Color)
		e.put(">" + escText(v.S) + "</text>\n")
	case *scene.Image:
		if len(v.PNG) == 0 {
			return
		}
		e.put("<image")
		e.id(v.ID)
		e.put(` x="` + e.num.str(v.X) + `" y="` + e.num.str(v.Y) + `" width="` + e.num.str(v.W) + `" height="` + e.num.str(v.H) +
			`" preserveAspectRatio="none" href="data:image/png;base64,` + base64.StdEncoding.EncodeToString(v.PNG) + `"/>` + "\n")
	}
}

// fillStroke writes the paint attributes; SVG fills by default, so an
// absent fill must say none.
func (e *encoder) fillStroke(f *scene.Fill, st *scene.Stroke) {
	switch {
	case f == nil:
		e.put(` fill="none"`)
	case f.Pattern.Kind != scene.PatternNone && f.Pattern.Spacing > 0:
		e.put(` fill="url(#` + e.patternID(*f) + `)"`)
	default:
		e.paint("fill", f.Color)
	}
	if st == nil || st.Width <= 0 {
		return
	}
	e.paint("stroke", st.Color)
	e.put(` stroke-width="` + e.num.str(st.Width) + `" stroke-linejoin="round" stroke-linecap="round"`)
	if len(st.Dash) > 0 {
		e.put(` stroke-dasharray="`)
		for i, d := range st.Dash {
			if i > 0 {
				e.put(" ")
			}
			e.put(e.num.str(d))
		}
		e.put(`"`)
	}
}

// pathData writes rings as relative path commands between rounded
// absolute positions, so rounding never drifts, and drops points that
// round onto their predecessor.
func (e *encoder) pathData(p scene.Path, closed bool) string {
	b := e.buf[:0]
	for _, ring := range p {
		start := len(b)
		var px, py int64
		n := 0
		for _, pt := range ring {
			if !finite(pt.X) || !finite(pt.Y) {
				continue
			}
			x, y := e.num.round(pt.X), e.num.round(pt.Y)
			switch {
			case n == 0:
				b = append(b, 'M')
				b = e.num.appendUnits(b, x)
				b = e.num.appendSep(b, y)
			case x == px && y == py:
				continue
			case n == 1:
				b = append(b, 'l')
				b = e.num.appendUnits(b, x-px)
				b = e.num.appendSep(b, y-py)
			default:
				b = e.num.appendSep(b, x-px)
				b = e.num.appendSep(b, y-py)
			}
			px, py = x, y
			n++
		}
		if n < 2 || closed && n < 3 {
			b = b[:start] // nothing visible survives rounding
			continue
		}
		if closed {
			b = append(b, 'z')
		}
	}
	e.buf = b
	return string(b)
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// numFormat writes fixed-point numbers with unit steps per px.
type numFormat struct{ unit int64 }

func (f numFormat) round(v float64) int64 { return int64(math.Round(v * float64(f.unit))) }

// str formats v rounded to the precision, without trailing zeros.
func (f numFormat) str(v float64) string {
	if !finite(v) {
		return "0"
	}
	return string(f.appendUnits(nil, f.round(v)))
}

// appendSep appends u after a separator when one is needed: a minus sign
// or a leading point separates numbers on its own.
func (f numFormat) appendSep(b []byte, u int64) []byte {
	s := f.appendUnits(nil, u)
	if !(s[0] == '-' || s[0] == '.' && lastHasPoint(b)) {
		b = append(b, ' ')
	}
	return append(b, s...)
}

// lastHasPoint reports whether the number at the end of b has a decimal
// point, in which case a following ".5" would be read as part of it.
func lastHasPoint(b []byte) bool {
	for i := len(b) - 1; i >= 0; i-- {
		switch c := b[i]; {
		case c == '.':
			return true
		case c >= '0' && c <= '9':
			continue
		default:
			return false
		}
	}
	return false
}

// appendUnits appends u/unit in the shortest form: "12", "1.5", ".5", "-.25".
func (f numFormat) appendUnits(b []byte, u int64) []byte {
	if u < 0 {
		b = append(b, '-')
		u = -u
	}
	whole, frac := u/f.unit, u%f.unit
	if whole != 0 || frac == 0 {
		b = strconv.AppendInt(b, whole, 10)
	}
	if frac == 0 {
		return b
	}
	b = append(b, '.')
	for div := f.unit / 10; div > 0 && frac > 0; div /= 10 {
		b = append(b, byte('0'+frac/div))
		frac %= div
	}
	return b
}
