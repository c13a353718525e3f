package pdfout

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/scene"
)

// Options set the page.
type Options struct {
	// PageW and PageH are the page size in millimetres; zero means the
	// scene's size at 96 px per inch.
	PageW, PageH float64
	// Date is the document's creation date; zero means the Unix epoch, so
	// the same scene always gives the same bytes.
	Date time.Time
	// Author and Subject go into the document information.
	Author, Subject string
}

const ptPerMM = 72 / 25.4

// fontFamily is the name the Go fonts are registered under in the document.
const fontFamily = "Go"

// Write writes s to w as a PDF page, scaled to fit the page and centred.
func Write(w io.Writer, s *scene.Scene, opt Options) error {
	if s == nil || !(s.W > 0) || !(s.H > 0) {
		return fmt.Errorf("pdfout: empty scene")
	}
	pw, ph := opt.PageW*ptPerMM, opt.PageH*ptPerMM
	if pw <= 0 || ph <= 0 {
		pw, ph = s.W*0.75, s.H*0.75 // 96 px per inch is 72 pt per inch
	}
	// "P" keeps the size as given; "L" would swap width and height.
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", OrientationStr: "P", Size: fpdf.SizeType{Wd: pw, Ht: ph}})
	pdf.SetCatalogSort(true) // fonts in a fixed order: same scene, same bytes
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	date := opt.Date
	if date.IsZero() {
		date = time.Unix(0, 0).UTC()
	}
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCreator("stancemap", true)
	pdf.SetProducer("stancemap", true)
	if s.Title != "" {
		pdf.SetTitle(s.Title, true)
	}
	if opt.Author != "" {
		pdf.SetAuthor(opt.Author, true)
	}
	if opt.Subject != "" {
		pdf.SetSubject(opt.Subject, true)
	}
	for _, bold := range []bool{false, true} {
		if f := glyph.Face(bold); embeddable(f) {
			pdf.AddUTF8FontFromBytes(fontFamily, fontStyle(bold), f.TTF())
		}
	}
	pdf.AddPage()
	k := math.Min(pw/s.W, ph/s.H)
	p := &page{pdf: pdf, k: k, ox: (pw - s.W*k) / 2, oy: (ph - s.H*k) / 2, ph: ph}
	p.reset()
	if s.Background.A != 0 {
		p.setFill(s.Background)
		pdf.Rect(p.x(0), p.y(0), s.W*k, s.H*k, "F")
	}
	for i := range s.Layers {
		p.layer(&s.Layers[i])
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("pdfout: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("pdfout: %w", err)
	}
	return nil
}

// page draws scene items, mapping logical px to page points, and keeps the
// graphics state it last set so unchanged settings are not repeated.
type page struct {
	pdf    *fpdf.Fpdf
	k      float64 // pt per logical px
	ox, oy float64 // where the scene's origin lands, pt from the top left
	ph     float64 // page height in pt, for raw operators (PDF's y points up)

	fill, draw color.NRGBA
	lineW      float64
	dashed     bool
	alpha      float64
}

func (p *page) reset() {
	p.fill, p.draw, p.lineW, p.alpha = color.NRGBA{1, 2, 3, 0}, color.NRGBA{1, 2, 3, 0}, -1, 1
	p.pdf.SetLineJoinStyle("round")
	p.pdf.SetLineCapStyle("round")
}

// x and y map logical px to fpdf's page coordinates (pt, y down).
func (p *page) x(v float64) float64 { return p.ox + v*p.k }
func (p *page) y(v float64) float64 { return p.oy + v*p.k }

func (p *page) layer(l *scene.Layer) {
	if c := l.Clip; c != nil {
		p.pdf.ClipRect(p.x(c.X), p.y(c.Y), c.W*p.k, c.H*p.k, false)
	}
	for _, it := range l.Items {
		p.item(it)
	}
	if l.Clip != nil {
		p.pdf.ClipEnd()
	}
}

func (p *page) item(it scene.Item) {
	switch v := it.(type) {
	case *scene.Shape:
		minX, minY, maxX, maxY, ok := bounds(v.Path)
		if !ok {
			return
		}
		d := p.pathOps(v.Path, v.Closed || v.Fill != nil)
		if d == "" {
			return
		}
		// Fill and stroke in one operator when nothing goes between them.
		if v.Fill != nil && v.Stroke != nil && v.Closed && v.Fill.Pattern.Kind == scene.PatternNone &&
			v.Fill.Color.A == v.Stroke.Color.A && p.setStroke(v.Stroke) {
			p.setFill(v.Fill.Color)
			p.pdf.RawWriteStr(d + "B")
			return
		}
		if v.Fill != nil {
			p.setFill(v.Fill.Color)
			p.pdf.RawWriteStr(d + "f")
			p.pattern(v.Fill.Pattern, minX, minY, maxX, maxY,
				func() { p.pdf.RawWriteStr("q " + d + "W n") },
				func() { p.pdf.RawWriteStr("Q") })
		}
		if v.Stroke != nil && p.setStroke(v.Stroke) {
			d := d
			if v.Fill != nil && !v.Closed {
				d = p.pathOps(v.Path, false)
			}
			p.pdf.RawWriteStr(d + "S")
		}
	case *scene.Circle:
		cx, cy, r := p.x(v.Center.X), p.y(v.Center.Y), v.Radius*p.k
		if v.Fill != nil {
			p.setFill(v.Fill.Color)
			p.pdf.Circle(cx, cy, r, "F")
			p.pattern(v.Fill.Pattern, v.Center.X-v.Radius, v.Center.Y-v.Radius, v.Center.X+v.Radius, v.Center.Y+v.Radius,
				func() { p.pdf.ClipCircle(cx, cy, r, false) }, p.pdf.ClipEnd)
		}
		if v.Stroke != nil && p.setStroke(v.Stroke) {
			p.pdf.Circle(cx, cy, r, "D")
		}
	case *scene.Rect:
		x, y, w, h := p.x(v.X), p.y(v.Y), v.W*p.k, v.H*p.k
		r := math.Max(0, math.Min(v.Radius*p.k, math.Min(w, h)/2))
		// fpdf v0.12 closes the graphics state its rounded rectangle
		// opens (v0.9 left it open, and every later layer inside the
		// map's clip); TestGraphicsStateBalanced holds it to that.
		if v.Fill != nil {
			p.setFill(v.Fill.Color)
			p.pdf.RoundedRect(x, y, w, h, r, "1234", "F")
			p.pattern(v.Fill.Pattern, v.X, v.Y, v.X+v.W, v.Y+v.H,
				func() { p.pdf.ClipRoundedRect(x, y, w, h, r, false) }, p.pdf.ClipEnd)
		}
		if v.Stroke != nil && p.setStroke(v.Stroke) {
			p.pdf.RoundedRect(x, y, w, h, r, "1234", "D")
		}
	case *scene.Text:
		p.text(v)
	case *scene.Image:
		p.image(v)
	}
}

// pathOps returns the rings as PDF path operators in page space, to a
// hundredth of a point, dropping points that round onto the previous one;
// fpdf's MoveTo and LineTo would write every point at full length.
func (p *page) pathOps(path scene.Path, closed bool) string {
	var b []byte
	for _, ring := range path {
		start, n := len(b), 0
		var px, py int64
		for _, pt := range ring {
			x := int64(math.Round((p.ox + pt.X*p.k) * 100))
			y := int64(math.Round((p.ph - (p.oy + pt.Y*p.k)) * 100))
			if n > 0 && x == px && y == py {
				continue
			}
			b = appendHundredths(b, x)
			b = append(b, ' ')
			b = appendHundredths(b, y)
			if n == 0 {
				b = append(b, " m "...)
			} else {
				b = append(b, " l "...)
			}
			px, py, n = x, y, n+1
		}
		if n < 2 {
			b = b[:start]
			continue
		}
		if closed {
			b = append(b, "h "...)
		}
	}
	return string(b)
}

// appendHundredths appends v/100 without trailing zeros.
func appendHundredths(b []byte, v int64) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, v/100, 10)
	if f := v % 100; f != 0 {
		b = append(b, '.', byte('0'+f/10))
		if f%10 != 0 {
			b = append(b, byte('0'+f%10))
		}
	}
	return b
}

// bounds returns the bounding box of the drawable rings of a path.
func bounds(path scene.Path) (minX, minY, maxX, maxY float64, ok bool) {
	minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, ring := range path {
		if len(ring) < 2 {
			continue
		}
		for _, pt := range ring {
			minX, maxX = math.Min(minX, pt.X), math.Max(maxX, pt.X)
			minY, maxY = math.Min(minY, pt.Y), math.Max(maxY, pt.Y)
		}
		ok = true
	}
	ok = ok && !math.IsNaN(minX+minY+maxX+maxY)
	return
}

func (p *page) setAlpha(a uint8) {
	if v := float64(a) / 255; v != p.alpha {
		p.pdf.SetAlpha(v, "Normal")
		p.alpha = v
	}
}

func (p *page) setFill(c color.NRGBA) {
	p.setAlpha(c.A)
	if c.R != p.fill.R || c.G != p.fill.G || c.B != p.fill.B || p.fill.A == 0 {
		p.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
		p.fill = color.NRGBA{c.R, c.G, c.B, 255}
	}
}

// setStroke prepares a stroke; it reports false when nothing would show.
func (p *page) setStroke(st *scene.Stroke) bool {
	if st.Width <= 0 || st.Color.A == 0 {
		return false
	}
	p.setAlpha(st.Color.A)
	c := st.Color
	if c.R != p.draw.R || c.G != p.draw.G || c.B != p.draw.B || p.draw.A == 0 {
		p.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
		p.draw = color.NRGBA{c.R, c.G, c.B, 255}
	}
	if w := st.Width * p.k; w != p.lineW {
		p.pdf.SetLineWidth(w)
		p.lineW = w
	}
	if len(st.Dash) > 0 || p.dashed {
		dash := make([]float64, len(st.Dash))
		for i, d := range st.Dash {
			dash[i] = math.Max(0, d*p.k)
		}
		p.pdf.SetDashPattern(dash, 0)
		p.dashed = len(dash) > 0
	}
	return true
}

func (p *page) text(t *scene.Text) {
	s := printable(t.S)
	if s == "" || t.Size <= 0 || t.Color.A == 0 {
		return
	}
	if f := glyph.Face(t.Bold); !embeddable(f) || !f.Own(s) {
		p.outlined(t, s)
		return
	}
	style := fontStyle(t.Bold)
	x := t.X
	switch w := glyph.Face(t.Bold).Width(s, t.Size); t.Align {
	case scene.AlignCenter:
		x -= w / 2
	case scene.AlignRight:
		x -= w
	}
	p.setAlpha(t.Color.A)
	p.pdf.SetFont(fontFamily, style, t.Size*p.k)
	p.pdf.SetTextColor(int(t.Color.R), int(t.Color.G), int(t.Color.B))
	p.pdf.Text(p.x(x), p.y(t.Y), s)
}
