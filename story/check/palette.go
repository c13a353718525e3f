package check

import (
	"fmt"
	"strings"

	"github.com/stancemap/stancemap/widget/style"
	"github.com/stancemap/stancemap/widget/theme"
	"github.com/stancemap/stancemap/widget/vision"
)

// applyStyle gives the story the style's side colours, so the colours
// checked are the ones readers will see, and warns about letters the
// style's fonts lack. A style that does not fit the story is a problem.
func (c *checker) applyStyle(st *style.Style) bool {
	if err := st.Recolor(c.s); err != nil {
		c.add(&c.r.Problems, Problem, "", "%v", err)
		return false
	}
	for _, w := range st.Warnings(style.Text(c.s, nil)) {
		c.warn(MissingGlyphs, "", "%s", w)
	}
	return true
}

// closeColours warns about each pair of sides whose colours, in the light
// or the dark theme, a reader could take for each other: with protanopia,
// deuteranopia or tritanopia, or in greyscale (vision.Floor says how
// close is too close, and why).
func (c *checker) closeColours() {
	from := "the story's"
	if c.opt.Style != nil {
		from = c.opt.Style.File + "'s"
	}
	for _, dark := range []bool{false, true} {
		field, look := "color", "light"
		if dark {
			field, look = "colorDark", "dark"
		}
		sides := c.s.Sides
		for i := range sides {
			for j := i + 1; j < len(sides); j++ {
				a, b := sides[i].Color, sides[j].Color
				if dark {
					a, b = sides[i].ColorDark, sides[j].ColorDark
				}
				ca, cb := theme.MustParse(a, theme.Grey(0)), theme.MustParse(b, theme.Grey(0))
				var under []string
				for _, cond := range vision.Conditions {
					if d := vision.Distance(ca, cb, cond); d < vision.Floor(cond) {
						name := "under " + cond.String()
						if cond == vision.Greyscale || cond == vision.Normal {
							name = "in " + cond.String()
						}
						under = append(under, fmt.Sprintf("%s (ΔE %.1f, want %.0f or more)", name, d, vision.Floor(cond)))
					}
				}
				if len(under) == 0 {
					continue
				}
				c.warn(CloseColours, fmt.Sprintf("sides[%d].%s", j, field),
					"sides %q (%s) and %q (%s), %s colours in the %s theme, are hard to tell apart %s: choose colours that differ more in lightness",
					sides[i].ID, a, sides[j].ID, b, from, look, strings.Join(under, ", "))
			}
		}
	}
}
