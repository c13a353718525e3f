// Command stancemap shows the stancemap widget in a desktop window: a world
// map coloured by which side each government backed in Venezuela's
// presidential crisis (or in the story it is given), with the time slider,
// legend, tooltips, pan and zoom.
//
// Usage:
//
//	stancemap [-data story.json|SHEETS_DIR] [-event ID_OR_DATE] [-lang LANG]
//	          [-theme light|dark|auto] [-region ID]
//	          [-screenshot FILE.png [-width W -height H]]
//
// The window is titled with the story's title. A story file or folder of
// sheets dropped on the window opens, and so does one typed at the prompt
// Ctrl+O shows (Tab completes names); the story shown is read again when
// it changes on disk, and one that cannot be shown lists its problems in
// the window. Ctrl+S saves a PNG of the current view in the working
// directory as stancemap-<event>-<lang>.png (adding -1, -2… instead of
// replacing a file) and prints where on stderr. An invalid -data story is
// reported on stderr, every problem on its own line, and the program
// exits 1 before a window opens. -screenshot draws one frame in a real
// window, writes it and exits.
package main

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"io"
	"os"

	"github.com/stancemap/stancemap/cmd/stancemap/internal/desktop"
	"github.com/stancemap/stancemap/cmd/stancemap/internal/window"
	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/internal/buildinfo"
	"github.com/stancemap/stancemap/widget/ebitenui"
	"github.com/stancemap/stancemap/widget/rasterout"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// stdout is where -version prints (a variable for the tests).
var stdout io.Writer = os.Stdout

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("stancemap", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg desktop.Config
	fs.StringVar(&cfg.Data, "data", "", "a story `file` (JSON) or folder of sheets to show instead of the built-in story")
	fs.StringVar(&cfg.Event, "event", "", "event id or date (YYYY-MM-DD) to start at; default the last")
	fs.StringVar(&cfg.Lang, "lang", "", "language: one of the story's (the built-in story's: en, es, ru, pt, fr; \"pt-BR\" finds pt); default the story's own")
	fs.StringVar((*string)(&cfg.Theme), "theme", "auto", "light, dark, or auto (dark when GTK_THEME or GNOME's color-scheme says so)")
	fs.StringVar(&cfg.Region, "region", "world", "map region to start at")
	shot := fs.String("screenshot", "", "draw one frame, write it to this PNG `file` and exit")
	width := fs.Int("width", 1280, "window width in px")
	height := fs.Int("height", 720, "window height in px")
	version := fs.Bool("version", false, "print which build this is and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *version {
		fmt.Fprintln(stdout, buildinfo.Version("stancemap"))
		return 0
	}
	if fs.NArg() > 0 || *width <= 0 || *height <= 0 {
		fmt.Fprintln(stderr, "stancemap: unexpected arguments or a size that is not positive; run stancemap -help")
		return 2
	}
	app, err := desktop.Open(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "stancemap: %v\n", err)
		if errors.As(err, new(desktop.UsageError)) {
			return 2
		}
		return 1
	}
	var opt ebitenui.Options
	if *shot != "" {
		opt.Screenshot = func(img *image.RGBA) error {
			dpi := 96 * float64(img.Bounds().Dx()) / float64(*width) // 96 per window px, so HiDPI shots print at window size
			return export.WriteFile(*shot, func(w io.Writer) error { return rasterout.EncodePNG(w, img, dpi) })
		}
	}
	if err := window.New(app, opt, stderr).Run(*width, *height); err != nil {
		fmt.Fprintf(stderr, "stancemap: %v\n", err)
		return 1
	}
	return 0
}
