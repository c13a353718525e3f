package compose

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/words"
)

// Paper sizes at 96 px per inch, portrait.
var (
	a4 = [2]float64{793.7, 1122.5}
	a3 = [2]float64{1122.5, 1587.4}
)

func overlap(a, b layout.Rect) bool {
	const slack = 0.5
	return a.X+slack < b.X+b.W && b.X+slack < a.X+a.W && a.Y+slack < b.Y+b.H && b.Y+slack < a.Y+a.H
}

// emptyBand returns the tallest band across the page, between its top
// and bottom margins, in which nothing is drawn (the map counts as its
// clip rectangle, text as its glyphs' box).
func emptyBand(sc *scene.Scene, margin float64) float64 {
	type span struct{ y0, y1 float64 }
	var spans []span
	for _, l := range sc.Layers {
		if l.Clip != nil {
			spans = append(spans, span{l.Clip.Y, l.Clip.Y + l.Clip.H})
			continue
		}
		for _, it := range l.Items {
			switch v := it.(type) {
			case *scene.Text:
				b := textBox(v)
				spans = append(spans, span{b.Y, b.Y + b.H})
			case *scene.Rect:
				spans = append(spans, span{v.Y, v.Y + v.H})
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].y0 < spans[j].y0 })
	band, reach := 0.0, margin
	for _, s := range spans {
		band = math.Max(band, s.y0-reach)
		reach = math.Max(reach, s.y1)
	}
	return math.Max(band, sc.H-margin-reach)
}

// checkPage checks a print page's text: none past the margins, none over
// another, and (full layout) a list of countries drawn.
func checkPage(t *testing.T, sc *scene.Scene, full bool) (listBottom float64) {
	t.Helper()
	margin := round(clamp(math.Min(sc.W, sc.H)*0.045, 12, 120))
	var texts []*scene.Text
	names := 0
	for _, l := range sc.Layers {
		if l.Name != scene.LayerChrome {
			continue
		}
		for _, it := range l.Items {
			if tx, ok := it.(*scene.Text); ok {
				texts = append(texts, tx)
			}
		}
	}
	var boxes []layout.Rect
	for _, tx := range texts {
		b := textBox(tx)
		if b.X < margin-0.5 || b.X+b.W > sc.W-margin+0.5 || b.Y < margin-0.5 || b.Y+b.H > sc.H-margin+0.5 {
			t.Errorf("%s %q (%.0f,%.0f %.0f×%.0f) passes the margins of a %.0f×%.0f page", tx.ID, tx.S, b.X, b.Y, b.W, b.H, sc.W, sc.H)
		}
		if strings.HasPrefix(tx.ID, "print.list") {
			names++
			listBottom = math.Max(listBottom, b.Y+b.H)
		}
		for j, o := range boxes {
			if overlap(b, o) {
				t.Errorf("%s %q overlaps %s %q", tx.ID, tx.S, texts[j].ID, texts[j].S)
			}
		}
		boxes = append(boxes, b)
	}
	if full && names < 5 {
		t.Errorf("full layout: %d list lines", names)
	}
	if !full && names > 0 {
		t.Errorf("map layout: %d list lines", names)
	}
	return listBottom
}

// TestPrintFullLayout checks the full layout in every language the story
// has, on A4 and A3, portrait (its default) and landscape (asked for): the
// list is drawn within the margins, no text is over another, and on
// portrait paper the page is used: no band across it, a sixth of its
// height or more, is left empty, and the list reaches past 60 % of it
// (with the map alone, a portrait page is white for a quarter of its
// height above the map and another below).
func TestPrintFullLayout(t *testing.T) {
	story, world := fixture(t)
	for _, paper := range []struct {
		name string
		size [2]float64
	}{{"A4", a4}, {"A3", a3}} {
		for _, landscape := range []bool{false, true} {
			w, h := paper.size[0], paper.size[1]
			layoutName := ""
			if landscape {
				w, h, layoutName = h, w, LayoutFull
			}
			for _, lang := range story.Langs {
				for step := range story.Events {
					if lang != story.Lang && step%4 != 1 { // every step in one language, a few in the others
						continue
					}
					t.Run(fmt.Sprintf("%s landscape=%v %s %s", paper.name, landscape, lang, story.Events[step].ID), func(t *testing.T) {
						sc := Print(story, world, PrintOptions{Event: step, Lang: lang, W: w, H: h, Layout: layoutName})
						bottom := checkPage(t, sc, true)
						if landscape {
							return
						}
						if bottom < 0.6*h {
							t.Errorf("the list ends at %.0f %% of the page", 100*bottom/h)
						}
						if band := emptyBand(sc, 0); band > h/6 {
							t.Errorf("an empty band %.0f %% of the page high", 100*band/h)
						}
					})
				}
			}
		}
	}
}

// TestPrintLayoutChoice checks the default layout follows the paper and
// that -layout map leaves the list out on a portrait page.
func TestPrintLayoutChoice(t *testing.T) {
	story, world := fixture(t)
	step := len(story.Events) - 1
	checkPage(t, Print(story, world, PrintOptions{Event: step, W: a4[1], H: a4[0]}), false)
	checkPage(t, Print(story, world, PrintOptions{Event: step, W: a4[0], H: a4[1], Layout: LayoutMap}), false)
	checkPage(t, Print(story, world, PrintOptions{Event: step, W: a4[0], H: a4[1]}), true)
	// The emptiness the full layout is there to fill.
	mapOnly := Print(story, world, PrintOptions{Event: step, W: a4[0], H: a4[1], Layout: LayoutMap})
	if band := emptyBand(mapOnly, 0); band < a4[1]/6 {
		t.Errorf("the map layout on A4 portrait leaves no band over a sixth of the page empty (%.0f px): the full layout's check proves nothing", band)
	}
}

// TestPrintListTruncates checks that a list too long for its box is cut
// at a line that counts what is left out, within the box.
func TestPrintListTruncates(t *testing.T) {
	story, world := fixture(t)
	step := len(story.Events) - 1
	sc := Print(story, world, PrintOptions{Event: step, W: 700, H: 420, Layout: LayoutFull})
	var more *scene.Text
	for _, it := range sc.Layers[1].Items {
		if tx, ok := it.(*scene.Text); ok && tx.ID == "print.list.more" {
			more = tx
		}
	}
	if more == nil || !strings.Contains(more.S, "more") {
		t.Fatalf("no \"and N more\" line on a small page")
	}
	checkPage(t, sc, true)
	var n int
	fmt.Sscanf(strings.TrimPrefix(more.S, "and "), "%d", &n)
	shown := 0
	for _, it := range sc.Layers[1].Items {
		if tx, ok := it.(*scene.Text); ok && tx.ID == "print.list" && !tx.Bold {
			shown++
		}
	}
	total := 0
	for _, g := range words.New(story, world, "en").Groups(step) {
		total += len(g.Names)
	}
	if shown+n < total || n <= 0 {
		t.Errorf("%d names shown and %d more, of %d", shown, n, total)
	}
}

// TestPrintOpensOnStoryView checks that a print without a region shows the
// region the story opens on, and one with a region that region.
func TestPrintOpensOnStoryView(t *testing.T) {
	story, world := fixture(t)
	clip := func(view, region string) scene.Rect {
		s := *story
		s.View = view
		return *Print(&s, world, PrintOptions{Region: region}).Layers[0].Clip
	}
	if clip("europe", "") != clip("", "europe") {
		t.Error("a story that opens on Europe prints another region")
	}
	if clip("europe", "world") != clip("", "") {
		t.Error("-region world did not override the story's view")
	}
	if clip("", "") == clip("", "europe") {
		t.Error("the test cannot tell the world from Europe")
	}
}
