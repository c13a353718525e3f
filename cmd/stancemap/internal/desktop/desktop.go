// Package desktop is the part of the stancemap desktop app that needs no
// display: it checks the command line's choices, loads the world and the
// story, builds the widget, resolves the "auto" theme, and saves PNGs of
// the current view. Package main wires it to the Ebiten window.
package desktop

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
)

// Config is what the command line asks for. Empty strings take defaults.
type Config struct {
	Data   string // a story file; "" is the built-in story
	Event  string // event id or date; "" is the story's last event
	Lang   string // en|es|ru; "" is the story's language
	Theme  string // light|dark|auto; "" is auto
	Region string // a geo region id; "" is world
}

// App is a loaded story ready to show.
type App struct {
	Story  *data.Story
	World  *geo.World
	Widget *widget.Widget
	Lang   string
	Theme  string // light or dark, after resolving auto
}

// UsageError is a bad choice on the command line (exit status 2).
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

// Open loads the world and the story and builds the widget that cfg asks
// for. An invalid story file comes back as an error listing every problem.
func Open(cfg Config) (*App, error) {
	theme := cfg.Theme
	switch theme {
	case "", "auto":
		theme = SystemTheme()
	case "light", "dark":
	default:
		return nil, UsageError{fmt.Errorf("unknown theme %q; use light, dark or auto", cfg.Theme)}
	}
	region := cfg.Region
	if region == "" {
		region = "world"
	}
	if _, ok := geo.RegionByID(region); !ok {
		return nil, UsageError{fmt.Errorf("unknown region %q; valid regions: %s", region, regionIDs())}
	}
	world, err := geo.Load()
	if err != nil {
		return nil, err
	}
	story, err := data.LoadFile(cfg.Data, data.Options{KnownCode: world.Known})
	if err != nil {
		return nil, err
	}
	lang := cfg.Lang
	if lang == "" {
		lang = story.Lang
	} else if !slices.Contains(story.Langs, lang) {
		return nil, UsageError{fmt.Errorf("language %q not in the story; valid: %s", lang, strings.Join(story.Langs, ", "))}
	}
	ev := len(story.Events) - 1
	if cfg.Event != "" {
		if ev, err = story.FindEvent(cfg.Event); err != nil {
			return nil, UsageError{err}
		}
	}
	w := widget.New(story, world, widget.Options{Lang: lang, Theme: theme, Region: region, Event: ev})
	return &App{Story: story, World: world, Widget: w, Lang: lang, Theme: theme}, nil
}

func regionIDs() string {
	var ids []string
	for _, r := range geo.Regions() {
		ids = append(ids, r.ID)
	}
	return strings.Join(ids, ", ")
}
