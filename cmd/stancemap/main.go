// Command stancemap shows the stancemap widget in a desktop window: a world
// map coloured by which side each government backed in Venezuela's
// presidential crisis (or in the story it is given), with the time slider,
// legend, tooltips, pan and zoom.
//
// Usage:
//
//	stancemap [-data story.json|SHEETS_DIR] [-event ID_OR_DATE] [-lang LANG]
//	          [-theme light|dark|auto] [-region ID] [-style style.json]
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
	"strings"

	"github.com/stancemap/stancemap/cmd/stancemap/internal/desktop"
	_ "github.com/stancemap/stancemap/cmd/stancemap/internal/display" // before Ebiten's init: see its doc
	"github.com/stancemap/stancemap/cmd/stancemap/internal/window"
	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/internal/buildinfo"
	"github.com/stancemap/stancemap/internal/usage"
	"github.com/stancemap/stancemap/widget/ebitenui"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/rasterout"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// stdout is where -version and -h print (a variable for the tests).
var stdout io.Writer = os.Stdout

// newFlags is stancemap's flag set, writing its complaints to stderr.
func newFlags(stderr io.Writer) (*flag.FlagSet, *options) {
	fs := flag.NewFlagSet("stancemap", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	fs.StringVar(&o.cfg.Data, "data", "", "a story `file` (JSON) or folder of sheets to show instead of the built-in story")
	fs.StringVar(&o.cfg.Event, "event", "", "event id or date (YYYY-MM-DD) to start at; default the last")
	fs.StringVar(&o.cfg.Lang, "lang", "", "language: one of the story's ("+strings.Join(i18n.Langs, ", ")+" for the built-in one; \"pt-BR\" finds pt); default the story's own")
	fs.StringVar((*string)(&o.cfg.Theme), "theme", "auto", "light, dark, or auto (dark when GTK_THEME or GNOME's color-scheme says so)")
	fs.StringVar(&o.cfg.Region, "region", "", "map region to start at; default the story's own view, else world")
	fs.StringVar(&o.cfg.Style, "style", "", "a newsroom's style `file` (JSON: side and map colours, fonts, credit, logo; see docs/style.md)")
	fs.StringVar(&o.shot, "screenshot", "", "draw one frame, write it to this PNG `file` and exit")
	fs.IntVar(&o.width, "width", 1280, "window width in px")
	fs.IntVar(&o.height, "height", 720, "window height in px")
	fs.BoolVar(&o.version, "version", false, "print which build this is and exit")
	fs.BoolVar(&o.still, "reduce-motion", false, "change steps without the map's colour fade")
	return fs, o
}

// options are stancemap's flags.
type options struct {
	cfg           desktop.Config
	shot          string
	width, height int
	version       bool
	still         bool // -reduce-motion
}

// help is what stancemap -h prints, around the flags.
var help = usage.Help{
	Command:  "stancemap",
	Synopsis: "[-data FILE|DIR] [-event ID] [-lang LANG] [-theme light|dark|auto] [-region ID] [-style FILE]",
	About: `stancemap opens the map in a desktop window: every country coloured by
the side its government backed at the chosen step, with the time slider,
legend, tooltips, pan and zoom. Drop a story file or a folder of sheets on
the window, or press Ctrl+O, to open another; it is read again when it
changes. Ctrl+S saves a PNG of the view in the working directory.`,
	Examples: []usage.Example{
		{Args: []string{"-event", "2019-01-23", "-lang", "es"}, Note: "open on 23 January 2019, in Spanish"},
		{Args: []string{"-data", "my-story.json", "-theme", "dark"}, Note: "your own story, dark"},
		{Args: []string{"-event", "2020-01-05", "-screenshot", "shot.png", "-width", "1280", "-height", "720"}, Note: "draw one frame to shot.png and exit (under xvfb-run on a server)"},
	},
}

func run(args []string, stderr io.Writer) int {
	fs, o := newFlags(stderr)
	cfg, shot, width, height, version := &o.cfg, &o.shot, &o.width, &o.height, &o.version
	if err := usage.Parse(fs, args, help, stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "stancemap: bad flags; run stancemap -h for help")
		return 2
	}
	if *version {
		fmt.Fprintln(stdout, buildinfo.Version("stancemap"))
		return 0
	}
	if fs.NArg() > 0 || *width <= 0 || *height <= 0 {
		fmt.Fprintln(stderr, "stancemap: unexpected arguments or a size that is not positive; run stancemap -h for help")
		return 2
	}
	app, err := desktop.Open(*cfg)
	if err != nil {
		fmt.Fprintf(stderr, "stancemap: %v\n", err)
		if errors.As(err, new(desktop.UsageError)) {
			return 2
		}
		return 1
	}
	for _, w := range app.Warnings {
		fmt.Fprintf(stderr, "stancemap: warning: %s\n", w)
	}
	opt := ebitenui.Options{Transitions: !o.still, QuickSteps: true}
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
