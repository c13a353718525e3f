// Package desktop is the part of the stancemap desktop app that needs no
// display: it checks the command line's choices, loads the world and the
// story (a file or a folder of sheets), builds the widget, opens another
// story keeping the reader's place, resolves the "auto" theme, saves PNGs
// of the current view, and makes the pages the window shows instead of
// the map (a story's problems, the prompt to open one). Package window
// wires it to Ebiten.
package desktop

import (
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/story"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/start"
	"github.com/stancemap/stancemap/widget/style"
	"github.com/stancemap/stancemap/widget/theme"
)

// Config is what the command line asks for. Empty strings take defaults.
type Config struct {
	Data   string     // a story file or folder of sheets; "" is the built-in story
	Event  string     // event id or date; "" is the story's last event
	Lang   string     // one of the story's languages ("pt-BR" finds "pt"); "" is the story's own
	Theme  theme.Mode // light|dark|auto, in any case; "" is auto
	Region string     // a geo region id; "" is world
	Style  string     // a newsroom's style file; "" for none
}

// App is a loaded story ready to show.
type App struct {
	Path   string // the story's file or folder; "" for the built-in story
	Story  *data.Story
	World  *geo.World
	Widget *widget.Widget
	Lang   string     // one of the story's languages, as it spells it
	Theme  theme.Mode // light or dark, after resolving auto
	// Style is the newsroom's style every story opened is shown with
	// (installed for the process by Open); nil for none. Warnings name
	// the letters its fonts lack, for stderr.
	Style    *style.Style
	Warnings []string
}

// UsageError is a bad choice on the command line (exit status 2).
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

// Open loads the world and the story and builds the widget that cfg asks
// for. An invalid story file comes back as an error listing every problem.
func Open(cfg Config) (*App, error) {
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
	var sty *style.Style
	var warns []string
	if cfg.Style != "" {
		if sty, err = style.Load(cfg.Style); err != nil {
			return nil, err
		}
		if err := sty.Recolor(st); err != nil {
			return nil, err
		}
		warns = sty.Warnings(style.Text(st, world))
	}
	at, probs := start.Resolve(start.Choices{Event: cfg.Event, Lang: cfg.Lang, Theme: cfg.Theme, Region: cfg.Region}, st, systemPrefersDark)
	if len(probs) > 0 {
		return nil, UsageError{probs[0]}
	}
	// Installed for good: the window shows this style until it closes.
	sty.Install()
	a := newApp(cfg.Data, st, world, at, sty)
	a.Warnings = warns
	return a, nil
}

// newApp is the app showing st from path, its widget at the start at.
func newApp(path string, st *data.Story, world *geo.World, at start.Start, sty *style.Style) *App {
	w := widget.New(st, world, widget.Starting(at))
	return &App{Path: path, Story: st, World: world, Widget: w, Lang: at.Lang, Theme: at.Theme, Style: sty}
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
	if a.Style != nil {
		if err := a.Style.Recolor(st); err != nil {
			return nil, &story.Invalid{Path: path, What: "does not fit the style", Lines: []string{err.Error()}}
		}
	}
	// What the new story cannot honour takes its default.
	re, _ := start.Resolve(start.Choices{Event: at.Event, Lang: a.Lang, Theme: a.Theme, Region: at.Region}, st, nil)
	return newApp(path, st, a.World, re, a.Style), nil
}

// Title is the window's title: the story's title in the app's language.
func (a *App) Title() string {
	return a.Story.Title.In(a.Lang, a.Story.Lang) + " — stancemap"
}
