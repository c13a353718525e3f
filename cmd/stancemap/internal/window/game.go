package window

import (
	"fmt"
	"image"
	"io/fs"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
	"github.com/stancemap/stancemap/cmd/stancemap/internal/desktop"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/theme"
)

// Update applies stories read since the last tick, reads drops and the
// prompt's keys, then runs the widget's game.
func (s *Shell) Update() error {
	for {
		select {
		case l := <-s.loads:
			s.apply(l)
			continue
		case <-s.changed:
			if s.watched != "" {
				s.open(s.watched, true, false)
			}
			continue
		default:
		}
		break
	}
	if fsys := ebiten.DroppedFiles(); fsys != nil {
		s.drop(fsys)
	}
	s.keys()
	return s.game.Update()
}

// drop opens a story dropped on the window; anything else is said over
// the map.
func (s *Shell) drop(fsys fs.FS) {
	path, err := desktop.DroppedPath(fsys)
	if err != nil {
		s.game.Widget().Notify(err.Error())
		fmt.Fprintf(s.stderr, "stancemap: %v\n", err)
		return
	}
	s.prompt = nil
	s.open(path, false, false)
}

// keys reads the keys a page takes: the prompt's typing, Esc.
func (s *Shell) keys() {
	switch {
	case s.prompt != nil:
		s.prompt.Type(ebiten.AppendInputChars(nil))
		switch {
		case repeated(ebiten.KeyBackspace):
			s.prompt.Backspace()
		case inpututil.IsKeyJustPressed(ebiten.KeyTab):
			s.prompt.Complete()
		case inpututil.IsKeyJustPressed(ebiten.KeyEnter), inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
			s.submit()
		case inpututil.IsKeyJustPressed(ebiten.KeyEscape):
			s.closePrompt()
		}
	case s.problems != nil && inpututil.IsKeyJustPressed(ebiten.KeyEscape):
		s.back()
	}
}

// repeated reports a key pressed now, or held long enough to repeat.
func repeated(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d > 24 && (d-24)%4 == 0)
}

// submit opens the prompt's path.
func (s *Shell) submit() {
	path := s.prompt.Path()
	if path == "" {
		s.prompt.Msg = "type the path of a story file or a folder of sheets"
		return
	}
	s.prompt.Msg = "opening…"
	s.open(path, false, true)
}

// shortcut takes Ctrl+O (the prompt) and Ctrl+S (save a PNG of the map).
func (s *Shell) shortcut(name string, w *widget.Widget) bool {
	switch name {
	case "Ctrl+O":
		if s.prompt == nil {
			s.openPrompt()
		}
		return true
	case "Ctrl+S":
		if s.pageNow() == nil {
			s.save(w)
		}
		return true
	}
	return false
}

// save draws the current view into a PNG in the working directory. The
// scene is taken now; drawing and writing it happen aside, so the window
// keeps answering while a large PNG is made. The result shows in the
// window (and reaches screen readers) and on stderr.
func (s *Shell) save(w *widget.Widget) {
	sc, name, lang := w.Scene(), s.app.SaveName(), s.app.Lang
	go func() {
		path, err := desktop.SavePNG(".", name, sc)
		msg := i18n.F(lang, "saved", path)
		if err != nil {
			fmt.Fprintf(s.stderr, "stancemap: %v\n", err)
			msg = i18n.F(lang, "saveFailed", err)
		} else {
			fmt.Fprintf(s.stderr, "stancemap: saved %s\n", path)
		}
		s.game.Post(func(w *widget.Widget) { w.Notify(msg) })
	}()
}

// Draw draws the widget's game, then the page over it, if any.
func (s *Shell) Draw(screen *ebiten.Image) {
	s.game.Draw(screen)
	if p := s.pageNow(); p != nil {
		screen.DrawImage(s.page.image(p, s.theme(), s.outW, s.outH, screen.Bounds()), nil)
	}
}

// Layout is the widget's game's.
func (s *Shell) Layout(w, h int) (int, int) { return s.game.Layout(w, h) }

// LayoutF records the window's logical size for the pages.
func (s *Shell) LayoutF(w, h float64) (float64, float64) {
	s.outW, s.outH = w, h
	return s.game.LayoutF(w, h)
}

// DrawFinalScreen is the widget's game's.
func (s *Shell) DrawFinalScreen(screen ebiten.FinalScreen, offscreen *ebiten.Image, geoM ebiten.GeoM) {
	s.game.DrawFinalScreen(screen, offscreen, geoM)
}

// pageImage is a page drawn for the screen, kept while it is the same.
type pageImage struct {
	img *ebiten.Image
	key uint64
	at  image.Rectangle
}

// image draws p at the screen's device size, for a window of w×h logical
// px, unless it is drawn already.
func (pi *pageImage) image(p *desktop.Page, th theme.Theme, w, h float64, screen image.Rectangle) *ebiten.Image {
	if w <= 0 || h <= 0 {
		w, h = float64(screen.Dx()), float64(screen.Dy())
	}
	sc := p.Scene(th, w, h)
	key := sc.Layers[0].Key
	if pi.img != nil && pi.key == key && pi.at == screen {
		return pi.img
	}
	if pi.img != nil {
		pi.img.Deallocate()
	}
	pi.img = ebiten.NewImageFromImage(rasterout.Render(sc, float64(screen.Dx())/w))
	pi.key, pi.at = key, screen
	return pi.img
}
