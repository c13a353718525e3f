package data

import (
	"strings"

	"github.com/stancemap/stancemap/geo"
	"github.com/tidwall/gjson"
)

// view reads the optional region preset the map opens on: a story whose
// countries are mostly in the Americas may open there. The URL's region=
// and the command lines' -region still override it (widget/start).
func (p *parser) view(s *Story, r gjson.Result) {
	v := p.str(r, here("view"), r.Exists())
	if v == "" {
		return
	}
	if _, ok := geo.RegionByID(v); !ok {
		p.add("view", "%q is not a region; want one of %s", v, strings.Join(ViewIDs(), ", "))
		return
	}
	s.View = v
}

// ViewIDs are the values a story's view may take: the region presets' ids.
func ViewIDs() []string {
	var ids []string
	for _, r := range geo.Regions() {
		ids = append(ids, r.ID)
	}
	return ids
}
