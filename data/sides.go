package data

import (
	"slices"
	"strings"

	"github.com/tidwall/gjson"
)

// patterns are the fills a side may name for print and greyscale.
var patterns = []string{"none", "hatch", "backhatch", "cross", "dots"}

// sides reads the story's sides and returns their ids, which questions
// and entries refer to.
func (p *parser) sides(s *Story, r gjson.Result) map[string]bool {
	seen := map[string]bool{}
	items := p.array(r, here("sides"), true)
	if r.IsArray() && len(items) == 0 {
		p.add("sides", "must list at least one side")
	}
	for i, v := range items {
		at := index("sides", i)
		f, ok := p.fields(v, at, "id", "label", "color", "colorDark", "pattern")
		if !ok {
			continue
		}
		d := Side{ID: p.id(f.Get("id"), field(at, "id"))}
		if d.ID == "none" {
			p.add(at+".id", `"none" is reserved for "no stance"`)
		}
		p.unique(seen, d.ID, at+".id")
		d.Label = p.text(f.Get("label"), field(at, "label"), true)
		d.Color = p.color(f.Get("color"), field(at, "color"), true)
		d.ColorDark = p.color(f.Get("colorDark"), field(at, "colorDark"), false)
		if d.ColorDark == "" {
			d.ColorDark = d.Color
		}
		d.Pattern = "none"
		if pt := f.Get("pattern"); pt.Exists() {
			d.Pattern = p.str(pt, field(at, "pattern"), true)
			if d.Pattern != "" && !slices.Contains(patterns, d.Pattern) {
				p.add(at+".pattern", "%q is not one of %s", d.Pattern, strings.Join(patterns, ", "))
			}
		}
		s.Sides = append(s.Sides, d)
	}
	return seen
}

// color reads a "#rrggbb" colour, lower-cased.
func (p *parser) color(r gjson.Result, at loc, required bool) string {
	c := p.str(r, at, required)
	if c != "" && !isColor(c) {
		p.add(at.String(), "%q is not a colour like \"#0072b2\"", c)
		return ""
	}
	return strings.ToLower(c)
}
