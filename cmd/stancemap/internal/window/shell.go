// Package window runs the desktop app's Ebiten window around the widget's
// game (package ebitenui): the story's title as the window's; a story
// dropped on the window, or typed at the Ctrl+O prompt, opens in place of
// the one shown; the story shown is watched, and read again when its file
// or folder of sheets changes; a story that cannot be shown lists its
// problems in the window instead; Ctrl+S saves a PNG. The pages and what
// a story keeps across a reload are package desktop's; this package reads
// Ebiten's input and draws.
package window

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/cmd/stancemap/internal/desktop"
	"github.com/stancemap/stancemap/story"
	"github.com/stancemap/stancemap/story/watch"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/ebitenui"
	"github.com/stancemap/stancemap/widget/theme"
)

// Shell is the window's ebiten.Game: the widget's game, with pages over
// it when the map cannot be shown.
type Shell struct {
	game   *ebitenui.Game
	app    *desktop.App   // the story on screen, or the last good one under a page
	blank  *widget.Widget // under a page: draws the background, takes no input that matters
	stderr io.Writer

	prompt   *desktop.Prompt // the Ctrl+O line, while open
	problems *desktop.Page   // the watched story's problems, while it cannot be shown
	watched  string          // the story's path; "" for the built-in story
	unwatch  context.CancelFunc

	gen     int           // the latest load asked for; older results are dropped
	loads   chan loaded   // stories read off the game goroutine
	changed chan struct{} // the watched story changed on disk

	title      string  // the window's, as last set
	outW, outH float64 // the window's logical size, from LayoutF
	page       pageImage
}

// loaded is a story read for the shell: gen says which request it answers.
type loaded struct {
	gen    int
	path   string
	app    *desktop.App
	err    error
	reload bool // the watched story, read again
	prompt bool // asked for at the prompt, which shows a failure to read
}

// New makes the shell around app's widget. opt is the widget game's, whose
// Shortcut the shell takes for Ctrl+O and Ctrl+S.
func New(app *desktop.App, opt ebitenui.Options, stderr io.Writer) *Shell {
	s := &Shell{
		app: app, stderr: stderr, loads: make(chan loaded, 4), changed: make(chan struct{}, 1),
		blank: widget.New(nil, nil, widget.Options{Theme: string(app.Theme)}),
	}
	opt.Shortcut = s.shortcut
	s.game = ebitenui.New(app.Widget, opt)
	s.setTitle(app.Title())
	s.watch(app.Path)
	return s
}

// Run opens the window and runs until it closes. Ebiten's loop calls the
// shell, which calls the widget's game; the settings are ebitenui.Run's.
func (s *Shell) Run(width, height int) error {
	ebiten.SetWindowTitle(s.title)
	ebiten.SetWindowSize(width, height)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum) //nolint:staticcheck // draw only on demand, as ebitenui.Run does
	return ebiten.RunGame(s)
}

func (s *Shell) setTitle(t string) {
	s.title = t
	ebiten.SetWindowTitle(t)
}

// wake has the game's loop run soon (a story was read off it).
func (s *Shell) wake() { s.game.Post(func(*widget.Widget) {}) }

// watch watches path for changes, instead of the story watched before.
func (s *Shell) watch(path string) {
	if path == s.watched && s.unwatch != nil {
		return
	}
	if s.unwatch != nil {
		s.unwatch()
		s.unwatch = nil
	}
	s.watched = path
	if path == "" {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.unwatch = cancel
	watch.Watch(ctx, path, 0, func() {
		select {
		case s.changed <- struct{}{}:
		default:
		}
		s.wake()
	})
}

// open reads the story at path off the game goroutine. The same story read
// again keeps the reader's step; another starts at its last, in the region
// the reader was looking at.
func (s *Shell) open(path string, reload, fromPrompt bool) {
	s.gen++
	gen, app, at := s.gen, s.app, s.app.Place()
	if path != app.Path {
		at.Event = ""
	}
	go func() {
		a, err := app.Reopen(path, at)
		s.loads <- loaded{gen: gen, path: path, app: a, err: err, reload: reload, prompt: fromPrompt}
		s.wake()
	}()
}

// apply shows a story read by open: its map, or its problems.
func (s *Shell) apply(l loaded) {
	if l.gen != s.gen {
		return // a later request is on its way
	}
	name := filepath.Base(l.path)
	var inv *story.Invalid
	switch {
	case l.err == nil:
		s.app, s.problems, s.prompt = l.app, nil, nil
		s.game.SetWidget(l.app.Widget)
		s.setTitle(l.app.Title())
		s.watch(l.path)
		verb := "opened"
		if l.reload {
			verb = "read again"
		}
		fmt.Fprintf(s.stderr, "stancemap: %s %s\n", verb, l.path)
	case errors.As(l.err, &inv):
		s.prompt = nil
		s.problems = &desktop.Page{
			Heading: fmt.Sprintf("%s %s (%s)", name, inv.What, count(len(inv.Lines), "problem")),
			Lines:   inv.Lines, Alarm: true,
			Footer: "Fix the story and save it: the map comes back by itself. Esc shows the last story that could be shown; Ctrl+O opens another.",
		}
		s.game.SetWidget(s.blank)
		s.setTitle(name + " has problems — stancemap")
		s.watch(l.path)
		fmt.Fprintf(s.stderr, "stancemap: %v\n", l.err)
	case l.prompt && s.prompt != nil:
		s.prompt.Msg = l.err.Error()
	case l.reload:
		// Gone while being saved, or for good: say so, and keep watching.
		s.problems = &desktop.Page{Heading: name + " cannot be read", Lines: []string{l.err.Error()}, Alarm: true,
			Footer: "Put the story back: it is read again when it changes. Esc shows the last story that could be shown."}
		s.game.SetWidget(s.blank)
		s.setTitle(name + " cannot be read — stancemap")
		fmt.Fprintf(s.stderr, "stancemap: %v\n", l.err)
	default:
		s.game.Widget().Notify(l.err.Error())
		fmt.Fprintf(s.stderr, "stancemap: %v\n", l.err)
	}
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// back leaves a page for the last story that could be shown.
func (s *Shell) back() {
	s.prompt, s.problems = nil, nil
	s.gen++ // a load still on its way would bring the page back
	s.game.SetWidget(s.app.Widget)
	s.setTitle(s.app.Title())
	s.watch(s.app.Path)
}

// openPrompt shows the Ctrl+O line, starting in the watched story's folder.
func (s *Shell) openPrompt() {
	dir := "."
	if s.watched != "" {
		dir = filepath.Dir(s.watched)
		if story.IsSheets(s.watched) {
			dir = filepath.Dir(filepath.Clean(s.watched))
		}
	}
	s.prompt = desktop.NewPrompt(dir)
	s.game.SetWidget(s.blank)
}

// closePrompt goes back to what the prompt was opened over.
func (s *Shell) closePrompt() {
	s.prompt = nil
	if s.problems == nil {
		s.game.SetWidget(s.app.Widget)
	}
}

// pageNow is the page over the map, or nil.
func (s *Shell) pageNow() *desktop.Page {
	switch {
	case s.prompt != nil:
		return &desktop.Page{Heading: "Open a story: a file (.json) or a folder of sheets", Prompt: s.prompt,
			Footer: "Enter opens · Tab completes a name · Esc goes back · or drop a story on the window"}
	case s.problems != nil:
		return s.problems
	}
	return nil
}

func (s *Shell) theme() theme.Theme { return theme.ByName(string(s.app.Theme)) }
