package compose

import (
	"math"
	"strconv"

	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// drawSlider is the timeline component: it draws what the headless
// timeline.Controller and its Axis say — the play button, the track in
// segments with a break mark between them, a tick per step, the thumb, and
// as many tick labels as fit without touching.
func (p *painter) drawSlider(l *layout.Layout, items []scene.Item) []scene.Item {
	s := &l.Slider
	th := p.th
	cur := p.f.Step
	items = p.drawPlay(l, items)

	trackH := math.Max(3, round(l.Sizes.Base*0.25))
	passed := th.Accent
	for _, seg := range s.Axis.Segments {
		r := layout.Rect{X: seg.X0, Y: s.TrackY - trackH/2, W: seg.X1 - seg.X0, H: trackH}
		items = append(items, sceneRect(r, &scene.Fill{Color: th.Rule}, nil, trackH/2, "slider.track"))
		end := seg.X0 - 1
		switch {
		case cur > seg.Last:
			end = seg.X1
		case cur >= seg.First:
			end = s.Axis.Ticks[cur]
		}
		if end > seg.X0 {
			pr := layout.Rect{X: seg.X0, Y: r.Y, W: end - seg.X0, H: trackH}
			items = append(items, sceneRect(pr, &scene.Fill{Color: passed}, nil, trackH/2, "slider.passed"))
		}
	}
	for _, bx := range s.Axis.Breaks {
		items = append(items, breakMark(bx, s.TrackY, l.Sizes.Base*0.45, th))
	}
	tickR := math.Max(2.5, round(l.Sizes.Base*0.2))
	for i, x := range s.Axis.Ticks {
		f := scene.Fill{Color: th.Background}
		if i <= cur {
			f.Color = passed
		}
		items = append(items, &scene.Circle{ID: "slider.tick:" + strconv.Itoa(i), Center: scene.Point{X: x, Y: s.TrackY},
			Radius: tickR, Fill: &f, Stroke: &scene.Stroke{Color: th.Muted, Width: l.Line * 1.5}})
	}
	items = append(items, &scene.Circle{ID: "slider.thumb", Center: scene.Point{X: s.Axis.Ticks[cur], Y: s.TrackY},
		Radius: s.ThumbR, Fill: &scene.Fill{Color: th.Accent}, Stroke: &scene.Stroke{Color: th.Background, Width: 2}})
	var years [][2]float64 // the year labels' spans, where they share the tick labels' line
	for _, seg := range s.Axis.Segments {
		y0, y1 := p.dates[seg.First].Year(), p.dates[seg.Last].Year()
		label := strconv.Itoa(y0)
		if y1 != y0 {
			label += "–" + strconv.Itoa(y1)
		}
		half := layout.TextWidth(label, l.Sizes.Small, true) / 2
		x := clamp((seg.X0+seg.X1)/2, s.Row.X+half, s.Row.X+s.Row.W-half)
		if s.OneLine {
			// On one line the year goes between ticks where it can: in
			// the widest gap between the segment's ticks that holds it,
			// else it gives way to the tick labels.
			tick := 0.0 // the widest tick label, half of it each side of the gap
			for i := seg.First; i <= seg.Last; i++ {
				tick = math.Max(tick, layout.TextWidth(i18n.DayMonth(p.lang, p.dates[i]), l.Sizes.Small, true))
			}
			gx, ok := yearGap(s.Axis.Ticks[seg.First:seg.Last+1], 2*half+tick+2*l.Sizes.Small)
			if !ok {
				continue
			}
			x = gx
			years = append(years, [2]float64{x - half, x + half})
		}
		items = append(items, lineAt("slider.year", label, x, s.YearY, l.Sizes.Small, true, th.Muted, scene.AlignCenter))
	}
	return p.tickLabels(l, items, years)
}

// yearGap is the middle of the widest gap between neighbouring ticks, if
// that gap is at least w wide.
func yearGap(ticks []float64, w float64) (float64, bool) {
	best, at := 0.0, 0.0
	for i := 1; i < len(ticks); i++ {
		if g := ticks[i] - ticks[i-1]; g > best {
			best, at = g, (ticks[i]+ticks[i-1])/2
		}
	}
	return at, best >= w
}

// breakMark is the "//" drawn across the gap between two segments.
func breakMark(x, y, size float64, th theme.Theme) *scene.Shape {
	d := size * 0.5
	var p scene.Path
	for _, off := range []float64{-d * 0.7, d * 0.7} {
		p = append(p, []scene.Point{{X: x + off - d*0.6, Y: y + d}, {X: x + off + d*0.6, Y: y - d}})
	}
	return &scene.Shape{ID: "slider.break", Path: p, Stroke: &scene.Stroke{Color: th.Muted, Width: math.Max(1.5, size*0.2)}}
}

// tickLabels places date labels under the ticks: the current step first,
// then the ends of each segment, then the rest, skipping any that would
// touch a label already placed or one of taken (the year labels, where
// they share the line).
func (p *painter) tickLabels(l *layout.Layout, items []scene.Item, taken [][2]float64) []scene.Item {
	s := &l.Slider
	cur := p.f.Step
	order := []int{cur}
	for _, seg := range s.Axis.Segments {
		order = append(order, seg.First, seg.Last)
	}
	for i := range s.Axis.Ticks {
		order = append(order, i)
	}
	gap := l.Sizes.Small * 0.6
	placed := taken
	done := map[int]bool{}
	for _, i := range order {
		if done[i] {
			continue
		}
		done[i] = true
		label := i18n.DayMonth(p.lang, p.dates[i])
		bold := i == cur
		half := layout.TextWidth(label, l.Sizes.Small, bold) / 2
		x0, x1 := s.Axis.Ticks[i]-half, s.Axis.Ticks[i]+half
		free := true
		for _, p := range placed {
			if x0 < p[1]+gap && p[0] < x1+gap {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		placed = append(placed, [2]float64{x0, x1})
		c := p.th.Muted
		if bold {
			c = p.th.Text
		}
		items = append(items, lineAt("slider.label:"+strconv.Itoa(i), label, s.Axis.Ticks[i], s.LabelY, l.Sizes.Small, bold, c, scene.AlignCenter))
	}
	return items
}

// drawPlay draws the round play/pause button.
func (p *painter) drawPlay(l *layout.Layout, items []scene.Item) []scene.Item {
	r := l.Slider.Play
	th := p.th
	cx, cy := r.X+r.W/2, r.Y+r.H/2
	rad := r.W / 2
	face := th.Accent
	if p.f.HoverControl == "play" {
		face = theme.Mix(th.Accent, th.Focus, 0.35)
	}
	items = append(items, &scene.Circle{ID: "play", Center: scene.Point{X: cx, Y: cy}, Radius: rad, Fill: &scene.Fill{Color: face}})
	ink := &scene.Fill{Color: th.Background}
	k := rad * 0.42
	if p.f.Playing {
		bw := k * 0.55
		items = append(items,
			&scene.Rect{ID: "play.icon", X: cx - k*0.8, Y: cy - k, W: bw, H: 2 * k, Fill: ink},
			&scene.Rect{ID: "play.icon", X: cx + k*0.8 - bw, Y: cy - k, W: bw, H: 2 * k, Fill: ink})
		return items
	}
	tri := scene.Path{{{X: cx - k*0.7, Y: cy - k}, {X: cx + k, Y: cy}, {X: cx - k*0.7, Y: cy + k}}}
	return append(items, &scene.Shape{ID: "play.icon", Path: tri, Closed: true, Fill: ink})
}
