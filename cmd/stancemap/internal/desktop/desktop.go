// Package desktop is the part of the stancemap desktop app that needs no
// display: it checks the command line's choices, loads the world and the
// story (a file or a folder of sheets), builds the widget, opens another
// story keeping the reader's place, resolves the "auto" theme, saves PNGs
// of the current view, and makes the pages the window shows instead of
// the map (a story's problems, the prompt to open one). Package window
// wires it to Ebiten.
package desktop

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/story"
	"github.com/stancemap/stancemap/widget"
)

// Config is what the command line asks for. Empty strings take defaults.
type Config struct {
	Data   string // a story file or folder of sheets; "" is the built-in story
	Event  string // event id or date; "" is the story's last event
	Lang   string // en|es|ru; "" is the story's language
	Theme  string // light|dark|auto; "" is auto
	Region string // a geo region id; "" is world
}

// App is a loaded story ready to show.
type App struct {
	Path   string // the story's file or folder; "" for the built-in story
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
	var st *data.Story
	if cfg.Data == "" {
		st, err = data.LoadFile("", data.Options{KnownCode: world.Known})
	} else {
		st, _, err = story.Load(cfg.Data, data.Options{KnownCode: world.Known})
	}
	if err != nil {
		return nil, err
	}
	lang := cfg.Lang
	if lang == "" {
		lang = st.Lang
	} else if !slices.Contains(st.Langs, lang) {
		return nil, UsageError{fmt.Errorf("language %q not in the story; valid: %s", lang, strings.Join(st.Langs, ", "))}
	}
	ev := len(st.Events) - 1
	if cfg.Event != "" {
		if ev, err = st.FindEvent(cfg.Event); err != nil {
			return nil, UsageError{err}
		}
	}
	w := widget.New(st, world, widget.Options{Lang: lang, Theme: theme, Region: region, Event: ev})
	return &App{Path: cfg.Data, Story: st, World: world, Widget: w, Lang: lang, Theme: theme}, nil
}

// Place is where the reader is in a story, kept when it is reopened.
type Place struct {
	Event  string // a step's id
	Region string
}

// Place is where the reader is now. Call it where the widget is driven
// (the game goroutine).
func (a *App) Place() Place {
	return Place{Event: a.Story.Events[a.Widget.Event()].ID, Region: a.Widget.Region()}
}

// Reopen loads the story at path — the same one after it changed, or
// another — and builds its widget at the reader's place: the same step
// (by id; else the story's last) and region, language (if the story has
// it; else its own) and theme. It may run on any goroutine. A story that
// cannot be shown gives *story.Invalid, whose lines the window lists.
func (a *App) Reopen(path string, at Place) (*App, error) {
	st, _, err := story.Load(path, data.Options{KnownCode: a.World.Known})
	if err != nil {
		return nil, err
	}
	lang := a.Lang
	if !slices.Contains(st.Langs, lang) {
		lang = st.Lang
	}
	ev := len(st.Events) - 1
	for i, e := range st.Events {
		if e.ID == at.Event {
			ev = i
		}
	}
	w := widget.New(st, a.World, widget.Options{Lang: lang, Theme: a.Theme, Region: at.Region, Event: ev})
	return &App{Path: path, Story: st, World: a.World, Widget: w, Lang: lang, Theme: a.Theme}, nil
}

// Title is the window's title: the story's title in the app's language.
func (a *App) Title() string {
	return a.Story.Title.In(a.Lang, a.Story.Lang) + " — stancemap"
}

func regionIDs() string {
	var ids []string
	for _, r := range geo.Regions() {
		ids = append(ids, r.ID)
	}
	return strings.Join(ids, ", ")
}
