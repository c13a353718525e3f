// Package start resolves the choices a widget starts with — the step, the
// language, the theme, the region and a country to select — as a URL, a
// host page or a command line gives them, against a story. The web embed
// (wasm/embedcfg and the bridge), the social cards (cmd/serve), the
// desktop app and the print exporter all resolve them here, so a choice
// means the same in each: lang=pt-br finds a story's "pt-BR" (and
// lang=pt-BR a story's "pt"), and the
// widget, the page and the file names all use the story's spelling.
package start

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/theme"
)

// Choices are the start-up choices as given; empty ones take the default.
type Choices struct {
	Event  string     // an event id or date (YYYY-MM-DD); default the story's last step
	Lang   string     // one of the story's languages, in any case; default the story's own
	Theme  theme.Mode // light, dark or auto, in any case; default auto
	Region string     // a geo region id; default the story's view, else the world
}

// Start is what the choices resolve to.
type Start struct {
	Event  int        // a step of the story
	Lang   string     // one of the story's languages, as the story spells it
	Theme  theme.Mode // light or dark
	Region string     // a geo region id
}

// Problem is a choice that cannot be honoured: which (as the URL and the
// command lines name it), the value given, and why.
type Problem struct {
	Choice string // "event", "lang", "theme", "region" or "country"
	Value  string
	Err    error
}

func (p *Problem) Error() string { return fmt.Sprintf("%s %q: %v", p.Choice, p.Value, p.Err) }

// Resolve resolves c against story. prefersDark (which may be nil, for
// light) answers an auto theme. Each choice that cannot be honoured keeps
// its default and comes back as a Problem: the embed warns and goes on, a
// command line stops.
func Resolve(c Choices, story *data.Story, prefersDark func() bool) (Start, []*Problem) {
	st := Start{Event: len(story.Events) - 1, Lang: story.Lang, Region: "world"}
	if story.View != "" {
		st.Region = story.View // the loader checked it is a region
	}
	var probs []*Problem
	mode, err := theme.ParseMode(string(c.Theme))
	if err != nil {
		probs = append(probs, &Problem{"theme", string(c.Theme), err})
	}
	st.Theme = mode.Resolve(prefersDark)
	if c.Region != "" {
		if _, ok := geo.RegionByID(c.Region); ok {
			st.Region = c.Region
		} else {
			probs = append(probs, &Problem{"region", c.Region, fmt.Errorf("want one of %s", RegionIDs())})
		}
	}
	if c.Lang != "" {
		if l, ok := MatchLang(story.Langs, c.Lang); ok {
			st.Lang = l
		} else {
			probs = append(probs, &Problem{"lang", c.Lang, fmt.Errorf("the story is written in %s", strings.Join(story.Langs, ", "))})
		}
	}
	if c.Event != "" {
		if i, err := story.FindEvent(c.Event); err == nil {
			st.Event = i
		} else {
			probs = append(probs, &Problem{"event", c.Event, err})
		}
	}
	return st, probs
}

// MatchLang finds lang among langs (a story's languages), as the story
// spells it: the same code in any case first, else the same language with
// the region ignored, so a reader's "pt-BR" or "fr-CA" finds a story's
// "pt" or "fr", and "pt" finds a story's "pt-BR".
func MatchLang(langs []string, lang string) (string, bool) {
	if k := slices.IndexFunc(langs, func(l string) bool { return strings.EqualFold(l, lang) }); k >= 0 {
		return langs[k], true
	}
	base := func(l string) string {
		l, _, _ = strings.Cut(strings.ReplaceAll(l, "_", "-"), "-")
		return strings.ToLower(l)
	}
	if k := slices.IndexFunc(langs, func(l string) bool { return base(l) == base(lang) }); k >= 0 && base(lang) != "" {
		return langs[k], true
	}
	return "", false
}

// RegionIDs lists the region presets' ids, for messages and flag help.
func RegionIDs() string {
	var ids []string
	for _, r := range geo.Regions() {
		ids = append(ids, r.ID)
	}
	return strings.Join(ids, ", ")
}
