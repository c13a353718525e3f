package compose

import (
	"image/color"
	"sort"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/theme"
)

// palette resolves how each side, no data and uncertainty are filled for one
// theme, in colour or in greyscale.
type palette struct {
	th       theme.Theme
	gray     bool
	sides    map[string]scene.Fill
	standing map[string]scene.Fill // a side's muted tint, for standing positions
	nodata   scene.Fill
}

// patternKind maps a story's pattern name to the scene's.
func patternKind(name string) scene.PatternKind {
	switch name {
	case "hatch":
		return scene.PatternHatch
	case "backhatch":
		return scene.PatternBackHatch
	case "cross":
		return scene.PatternCross
	case "dots":
		return scene.PatternDots
	}
	return scene.PatternNone
}

// newPalette builds the fills. In colour, a side is its Color (ColorDark in
// the dark theme). In greyscale, sides get greys spread evenly in the order
// of their colours' lightness, so tones differ as much as they can, and each
// side's own pattern on top, so they differ in texture as well.
func newPalette(story *data.Story, th theme.Theme, gray bool, unit float64) palette {
	p := palette{th: th, gray: gray, sides: map[string]scene.Fill{}, standing: map[string]scene.Fill{}}
	p.nodata = scene.Fill{Color: th.NoData, Pattern: scene.Pattern{Kind: scene.PatternDots, Color: th.NoDataDot, Spacing: 4 * unit, Width: 1.1 * unit}}
	if story == nil {
		return p
	}
	colors := make(map[string]color.NRGBA, len(story.Sides))
	for _, s := range story.Sides {
		hex := s.Color
		if th.Name == "dark" && s.ColorDark != "" {
			hex = s.ColorDark
		}
		colors[s.ID] = theme.MustParse(hex, th.NoData)
	}
	if !gray {
		for id, c := range colors {
			p.sides[id] = scene.Fill{Color: c}
			// A standing position is the side's colour faded most of the
			// way to the background: the same hue, plainly not the same
			// answer.
			p.standing[id] = scene.Fill{Color: theme.Mix(c, th.Background, 0.62)}
		}
		return p
	}
	ids := make([]string, 0, len(colors))
	for id := range colors {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		la, lb := theme.Luminance(colors[ids[a]]), theme.Luminance(colors[ids[b]])
		if la != lb {
			return la < lb
		}
		return ids[a] < ids[b]
	})
	for k, id := range ids {
		// Greys from 0.32 to 0.7: dark enough to read on white, light
		// enough that the pattern and the borders still show, and clear
		// of the pale grey of no data.
		level := 0.32
		if len(ids) > 1 {
			level += 0.38 * float64(k) / float64(len(ids)-1)
		}
		g := theme.Grey(level)
		ink := theme.Grey(0)
		if level < 0.5 {
			ink = theme.Grey(1)
		}
		f := scene.Fill{Color: g}
		if s := story.Side(id); s != nil {
			if kind := patternKind(s.Pattern); kind != scene.PatternNone {
				f.Pattern = scene.Pattern{Kind: kind, Color: theme.WithAlpha(ink, 0x90), Spacing: 5 * unit, Width: 1.2 * unit}
			}
		}
		p.sides[id] = f
		// A standing position is a light grey, lighter than every side
		// (their greys stop at 0.7) and darker than no data (0.95), under
		// the side's own pattern in a soft ink: the pattern says which
		// side, the tone that it is not an answer to this question.
		st := scene.Fill{Color: theme.Grey(0.82)}
		if f.Pattern.Kind != scene.PatternNone {
			st.Pattern = f.Pattern
			st.Pattern.Color = theme.WithAlpha(theme.Grey(0), 0x78)
		}
		p.standing[id] = st
	}
	// No data is a pale grey without texture in print, nearly the
	// paper: a dotted grey would read as one more side next to the
	// patterned ones, and a darker one as a standing position.
	p.nodata = scene.Fill{Color: theme.Grey(0.95)}
	return p
}

// fill is how a country with this stance is filled; ok false is no data.
func (p palette) fill(st data.Stance, ok bool, unit float64) scene.Fill {
	if !ok {
		return p.nodata
	}
	f, known := p.sides[st.Side]
	if !known {
		return p.nodata
	}
	return p.hatchIfUncertain(f, st, unit)
}

// standingFill is the fill of a standing position on side (a country with
// no stance on the step's question; see data.Story.Standing).
func (p palette) standingFill(side string) scene.Fill {
	if f, ok := p.standing[side]; ok {
		return f
	}
	return p.nodata
}

// countryFill is how a country is filled at a step: by its stance, else by
// its standing position, else as no data.
func (p palette) countryFill(st data.Stance, ok bool, standing data.Stance, hasStanding bool, unit float64) scene.Fill {
	switch {
	case ok:
		return p.fill(st, ok, unit)
	case hasStanding:
		if _, known := p.standing[standing.Side]; known {
			return p.hatchIfUncertain(p.standingFill(standing.Side), standing, unit)
		}
	}
	return p.nodata
}

// hatchIfUncertain marks an uncertain stance's fill.
func (p palette) hatchIfUncertain(f scene.Fill, st data.Stance, unit float64) scene.Fill {
	if st.Uncertain {
		// Hatch over the side's colour; where the side already has a
		// pattern (greyscale), cross it so uncertainty still shows.
		kind := scene.PatternBackHatch
		if f.Pattern.Kind == scene.PatternBackHatch || f.Pattern.Kind == scene.PatternHatch {
			kind = scene.PatternCross
		}
		f.Pattern = scene.Pattern{Kind: kind, Color: p.th.Hatch, Spacing: 5 * unit, Width: 1.6 * unit}
		if p.gray {
			f.Pattern.Color = theme.WithAlpha(theme.Grey(1), 0xd0)
		}
	}
	return f
}

// uncertainKey is the legend swatch for "hatched: uncertain": the hatch over
// a neutral grey.
func (p palette) uncertainKey(unit float64) scene.Fill {
	return scene.Fill{Color: theme.Grey(0.6), Pattern: scene.Pattern{Kind: scene.PatternBackHatch, Color: theme.WithAlpha(theme.Grey(1), 0xd0), Spacing: 5 * unit, Width: 1.6 * unit}}
}
