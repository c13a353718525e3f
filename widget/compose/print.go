package compose

import (
	"image/color"
	"math"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
	"github.com/stancemap/stancemap/widget/timeline"
	"github.com/stancemap/stancemap/widget/words"
)

// PrintOptions choose what a print or screenshot export shows. W and H are
// the page in logical px at 96 per inch (CSS px: A4 landscape is 1123×794);
// an exporter scales by dpi/96. Zero W or H means A4 landscape.
type PrintOptions struct {
	Event     int
	Lang      string
	Theme     string // "light" (default) or "dark"
	Region    string // a geo region id; "" is the story's view, and unknown the world
	Grayscale bool   // greys that differ in tone and pattern, for black-and-white print
	W, H      float64
	Title     string // overrides the story title
	Credit    string // overrides the story credit
	Logo      *Logo  // a newsroom's logo, at the right of the foot; nil for none
	// Layout is LayoutMap or LayoutFull; "" is full on a portrait page,
	// where the map alone would leave most of the paper white, and map on
	// a landscape one.
	Layout string
}

// Print layouts.
const (
	LayoutMap  = "map"  // the map and its legend, as large as the page allows
	LayoutFull = "full" // also the step's summary and the countries by side, in columns
)

// A4 landscape at 96 px per inch.
const a4W, a4H = 1123.0, 794.0

// Print lays out one step as a newspaper graphic: a rule and title,
// the date and headline, the question, what changed, a legend with counts,
// the map fitted to the region, and a source line and credit at the foot;
// in the full layout, also the summary and the countries by side, below
// the map on a portrait page and beside it on a landscape one. No slider,
// no buttons. Text sizes follow the page; when text would leave
// the map less than half the page, the text shrinks.
func Print(story *data.Story, world *geo.World, opt PrintOptions) *scene.Scene {
	if !(opt.W > 0) || !(opt.H > 0) {
		opt.W, opt.H = a4W, a4H
	}
	th := theme.ByName(opt.Theme)
	sc := &scene.Scene{W: opt.W, H: opt.H, Background: th.Background}
	w := words.New(story, world, opt.Lang)
	src := newSource(story, world, w, legend.New(story, world, w))
	if !src.ready() {
		return sc
	}
	f := Frame{Step: timeline.New(len(story.Events), opt.Event).Current(), Region: "world"}
	if opt.Region == "" {
		opt.Region = story.View
	}
	if _, ok := geo.RegionByID(opt.Region); ok {
		f.Region = opt.Region
	}
	full := opt.Layout == LayoutFull || opt.Layout == "" && opt.H > opt.W
	p := &painter{source: &src, th: th, gray: opt.Grayscale, pal: newPalette(story, th, opt.Grayscale, 1), f: f}
	sc.Title = p.words.Title(p.f.Step)
	base := clamp(math.Min(opt.W, 1.5*opt.H)/70, 9, 60)
	var chrome []scene.Item
	var mapR layout.Rect
	for try := 0; try < 6; try++ {
		chrome, mapR = p.printChrome(opt, base)
		if mapR.H >= 0.5*opt.H || base <= 9 {
			break
		}
		base *= 0.88
	}
	r, _ := geo.RegionByID(p.f.Region)
	var list []scene.Item
	if full {
		var listR layout.Rect
		mapR, listR = splitForList(r, mapR, base)
		list = p.printList(listR, base)
		// A short list below the map would leave the foot of the page
		// white: share the height it leaves between the gaps above the
		// map, between map and list, and above the foot.
		if below := listR.Y > mapR.Y+mapR.H; below {
			if slack := listR.Y + listR.H - itemsBottom(list); slack > 0 {
				mapR.Y += slack / 3
				shiftItems(list, 2*slack/3)
			}
		}
	}
	view := printView(r, mapR)
	mapR = layout.Rect{X: view.X, Y: view.Y, W: view.W, H: view.H}
	unit := math.Max(1, base/14)
	spec := mapSpec{
		story: story, world: world, view: view,
		step: p.f.Step, pal: p.pal, th: p.th, unit: unit,
		labelSize: base * 0.9, subject: p.words.IsSubject, name: p.words.Name, facts: atlas.Of(p.world),
		// Paper is read from closer than a phone: the markers keep the
		// size they had before the screen's began to follow the map.
		markerSize: geo.MarkerSize{R: 6 * unit, Merged: 9 * unit},
	}
	ml := buildMap(spec)
	chrome = append(chrome, list...)
	sc.Layers = []scene.Layer{
		{Name: scene.LayerMap, Key: 1, Clip: &scene.Rect{X: mapR.X, Y: mapR.Y, W: mapR.W, H: mapR.H}, Items: ml.items},
		{Name: scene.LayerChrome, Key: 2, Items: chrome},
	}
	return sc
}

// printChrome lays out the text of a print page at a base font size and
// returns it with the rectangle left for the map.
func (p *painter) printChrome(opt PrintOptions, base float64) ([]scene.Item, layout.Rect) {
	th := p.th
	margin := round(clamp(math.Min(opt.W, opt.H)*0.045, 12, 120))
	inner := opt.W - 2*margin
	i := p.f.Step
	ev := &p.story.Events[i]
	title := opt.Title
	if title == "" {
		title = p.words.Tx(p.story.Title)
	}
	small := base * 0.8
	top := []layout.Para{
		{ID: "print.title", S: title, Size: base * 1.9, Bold: true},
		{ID: "print.headline", S: i18n.DateLong(p.lang, ev.Date) + " — " + p.words.Tx(ev.Headline), Size: base * 1.2, Gap: base * 0.3},
	}
	// A printed page stands alone: it says what the colours show, without
	// the screen's "new question" that compares it with the step before.
	if q := p.story.QuestionOf(i); q != nil {
		top = append(top, layout.Para{ID: "print.question", S: i18n.F(p.lang, "question", p.words.Tx(q.Text)), Size: base, Bold: true, Gap: base * 0.5})
	}
	if c := p.words.Changes(i, 8); c != "" {
		top = append(top, layout.Para{ID: "print.changes", S: c, Size: small, Gap: base * 0.25})
	}
	credit := p.words.Credit(opt.Credit)
	// The foot has two lines at most, each wrapped: what this step rests
	// on, then the credit (who made the map, from what). Both used to open
	// with "Sources:", which read as one list said twice.
	var foot []layout.Para
	if s := p.words.SourceNames(ev.Sources); s != "" {
		foot = append(foot, layout.Para{ID: "print.sources", S: i18n.F(p.lang, "sourcesFor", i18n.Date(p.lang, ev.Date), s), Size: small})
	}
	if credit != "" {
		foot = append(foot, layout.Para{ID: "print.credit", S: credit, Size: small, Gap: base * 0.2})
	}

	rule := math.Max(1, base/8)
	items := []scene.Item{&scene.Rect{ID: "print.rule", X: margin, Y: margin, W: inner, H: rule * 2, Fill: &scene.Fill{Color: th.Text}}}
	ws, _ := layout.WrapParas(top, inner)
	items, y := emitParas(ws, margin, margin+rule*2+base*0.6, p.printColor, items)

	// Legend: one row of entries, wrapping as needed.
	y += base * 0.6
	sw := round(base)
	x := margin
	rowH := base * layout.LinePitch * 1.15
	headed := false
	for _, key := range p.legend.Keys() {
		if !p.legend.Active(key, i) {
			continue
		}
		// The standing positions start a row, after a heading that says
		// what they are.
		if strings.HasPrefix(key, legend.StandingPrefix) && !headed {
			headed = true
			if x > margin {
				x, y = margin, y+rowH
			}
			head := i18n.T(p.lang, "standingHead")
			items = append(items, lineAt("print.legend.head", head, x, y+(rowH-small*layout.LinePitch)/2, small, false, th.Muted, scene.AlignLeft))
			x += layout.TextWidth(head, small, false) + base*0.5
		}
		label := p.legend.Label(key, i)
		count := ""
		if legend.Counted(key) {
			count = i18n.Int(p.lang, p.legend.Count(key, i))
		}
		ew := sw + base*0.4 + layout.TextWidth(label, base, false)
		if count != "" {
			ew += base*0.4 + layout.TextWidth(count, base, true)
		}
		if x > margin && x+ew > margin+inner {
			x, y = margin, y+rowH
		}
		f := p.legendFill(key, math.Max(1, base/14))
		items = append(items, &scene.Rect{ID: "print.swatch:" + key, X: x, Y: y + (rowH-sw)/2, W: sw, H: sw, Fill: &f, Stroke: &scene.Stroke{Color: th.Muted, Width: 0.75}})
		tx := x + sw + base*0.4
		items = append(items, lineAt("print.legend:"+key, label, tx, y+(rowH-base*layout.LinePitch)/2, base, false, th.Text, scene.AlignLeft))
		if count != "" {
			cx := tx + layout.TextWidth(label, base, false) + base*0.4
			items = append(items, lineAt("print.count:"+key, count, cx, y+(rowH-base*layout.LinePitch)/2, base, true, th.Text, scene.AlignLeft))
		}
		x += ew + base*1.4
	}
	y += rowH + base*0.5

	// The logo sits at the right of the foot, its foot on the margin;
	// the foot's text wraps beside it and ends level with it.
	logo, lw := footLogo(opt.Logo, small, inner)
	fs, fh := layout.WrapParas(foot, inner-lw)
	footH := fh
	if logo != nil {
		footH = math.Max(fh, logo.H)
	}
	footY := opt.H - margin - footH
	items = append(items, &scene.Rect{ID: "print.footrule", X: margin, Y: footY - base*0.5, W: inner, H: math.Max(0.75, rule/2), Fill: &scene.Fill{Color: th.Rule}})
	items, _ = emitParas(fs, margin, footY+footH-fh, p.printColor, items)
	if logo != nil {
		logo.X, logo.Y = margin+inner-logo.W, footY+footH-logo.H
		items = append(items, logo)
	}
	mapR := layout.Rect{X: margin, Y: y, W: inner, H: math.Max(0, footY-base*0.9-y)}
	return items, mapR
}

// splitForList divides the room left for the map between the map and the
// list of countries: on a portrait page the map takes the page's width
// (at most 60 % of the room) and the list the rest below it; on a
// landscape page the list takes a little over a third of the width, at the
// right.
func splitForList(r geo.Region, box layout.Rect, base float64) (mapBox, list layout.Rect) {
	gap := round(base * 1.2)
	if box.W > 1.2*box.H {
		lw := round(box.W * 0.36)
		return layout.Rect{X: box.X, Y: box.Y, W: box.W - lw - gap, H: box.H},
			layout.Rect{X: box.X + box.W - lw, Y: box.Y, W: lw, H: box.H}
	}
	h := math.Min(printView(r, box).H, 0.6*box.H)
	return layout.Rect{X: box.X, Y: box.Y, W: box.W, H: h},
		layout.Rect{X: box.X, Y: box.Y + h + gap, W: box.W, H: math.Max(0, box.H-h-gap)}
}

// printView fits the region into box and trims the box to the region, so a
// tall region on a wide page (the Americas on A4 landscape) shows that
// region alone rather than the continents either side of it: a page has
// no pan to take them away.
func printView(r geo.Region, box layout.Rect) geo.View {
	v := geo.Fit(r.Projected(), box.X, box.Y, box.W, box.H, 0)
	fit := layout.ScreenBound(r.Projected(), v)
	x0, y0 := math.Max(box.X, fit.X), math.Max(box.Y, fit.Y)
	x1, y1 := math.Min(box.X+box.W, fit.X+fit.W), math.Min(box.Y+box.H, fit.Y+fit.H)
	if x1 <= x0 || y1 <= y0 {
		return v
	}
	// The fitted region is centred in box, so trimming both sides alike
	// keeps every point where it was.
	v.X, v.Y, v.W, v.H = x0, y0, x1-x0, y1-y0
	return v
}

// printColor is the colour of a print paragraph: the question and the
// foot muted, the rest in the text colour.
func (p *painter) printColor(id string) color.NRGBA {
	switch id {
	case "print.question", "print.sources", "print.credit":
		return p.th.Muted
	}
	return p.th.Text
}
