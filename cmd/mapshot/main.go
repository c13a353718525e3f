// Command mapshot exports the stancemap map for print and social posts:
// PNG at print resolution, SVG and PDF as vectors, CSV of the data shown,
// or an animated GIF with one frame per event. It needs no display and no
// cgo (CGO_ENABLED=0 builds it).
//
// Usage:
//
//	mapshot -o map.png [-event ID_OR_DATE] [-size a4|a3|letter|tabloid] [-landscape] [-dpi 300]
//	        [-width PX -height PX] [-region ID] [-lang LANG] [-theme light|dark]
//	        [-data story.json] [-grayscale] [-title TEXT] [-credit TEXT]
//
// The format follows the extension of -o. The file is replaced only when
// the export succeeds; stopped by Ctrl+C or SIGTERM, it leaves nothing.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/internal/buildinfo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/start"
	"github.com/stancemap/stancemap/widget/theme"
)

func main() {
	stopOnSignal(os.Stderr)
	os.Exit(run(os.Args[1:], os.Stderr))
}

// stopOnSignal makes Ctrl+C and SIGTERM remove the export's temporary
// file before the command exits (with 128 + the signal's number, as a
// shell reports it): a GIF export stopped half-way leaves nothing.
func stopOnSignal(stderr io.Writer) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sigs
		export.RemoveTemps()
		fmt.Fprintf(stderr, "mapshot: interrupted (%v); no unfinished file is left\n", s)
		code := exitFail
		if n, ok := s.(syscall.Signal); ok {
			code = 128 + int(n)
		}
		os.Exit(code)
	}()
}

// Exit codes: 2 for a bad command line, 1 for anything that failed after.
const (
	exitFail  = 1
	exitUsage = 2
)

type usageError struct{ error }

// stdout is where -version prints (a variable for the tests).
var stdout io.Writer = os.Stdout

func run(args []string, stderr io.Writer) int {
	err := mapshot(args, stderr)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "mapshot: %v\n", err)
		fmt.Fprintln(stderr, "run mapshot -help for the flags")
		return exitUsage
	default:
		fmt.Fprintf(stderr, "mapshot: %v\n", err)
		return exitFail
	}
}

func mapshot(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("mapshot", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		out       = fs.String("o", "", "output `file`; the format follows the extension: .png .svg .pdf .csv .gif")
		event     = fs.String("event", "", "event id or date (YYYY-MM-DD); default the last event")
		paper     = fs.String("size", "", "paper size: "+strings.Join(export.PaperNames(), ", ")+" (default a4; .gif defaults to 1200×675 px)")
		landscape = fs.Bool("landscape", false, "turn the paper sideways")
		dpi       = fs.Float64("dpi", 300, "print resolution for PNG (and the size recorded with -width/-height, default 96 there)")
		width     = fs.Int("width", 0, "image width in px (with -height, instead of -size)")
		height    = fs.Int("height", 0, "image height in px")
		region    = fs.String("region", "world", "map region: "+start.RegionIDs())
		lang      = fs.String("lang", "", "language of text and country names (default the story's)")
		th        = fs.String("theme", "light", "light or dark")
		dataFile  = fs.String("data", "", "a story `file` (JSON) to show instead of the built-in one")
		gray      = fs.Bool("grayscale", false, "greys and patterns for black-and-white print")
		title     = fs.String("title", "", "replace the story's title")
		credit    = fs.String("credit", "", "replace the story's credit line")
		version   = fs.Bool("version", false, "print which build this is and exit")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{errors.New("bad flags (see above)")}
	}
	if *version {
		fmt.Fprintln(stdout, buildinfo.Version("mapshot"))
		return nil
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case fs.NArg() > 0:
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	case *out == "":
		return usageError{errors.New("no output file: give -o FILE")}
	}
	format, err := export.FormatOf(*out)
	if err != nil {
		return usageError{err}
	}
	size, err := pageSize(format, *paper, *landscape, *dpi, set["dpi"], *width, *height)
	if err != nil {
		return usageError{err}
	}
	// Print has no reader whose preference auto could follow.
	if m, err := theme.ParseMode(*th); err != nil || m == theme.ModeAuto {
		return usageError{fmt.Errorf("theme %q: want light or dark", *th)}
	}

	world, err := geo.Load()
	if err != nil {
		return err
	}
	story, err := data.LoadFile(*dataFile, data.Options{KnownCode: world.Known})
	if err != nil {
		return err
	}
	at, probs := start.Resolve(start.Choices{Event: *event, Lang: *lang, Theme: theme.Mode(*th), Region: *region}, story, nil)
	if len(probs) > 0 {
		return usageError{probs[0]}
	}
	job := export.Job{
		Story: story, World: world, Size: size,
		Print: compose.PrintOptions{
			Event: at.Event, Lang: at.Lang, Theme: string(at.Theme), Region: at.Region, Grayscale: *gray,
			Title: *title, Credit: *credit,
		},
	}
	if err := job.Check(format); err != nil {
		return usageError{err}
	}
	return export.File(*out, job)
}

// pageSize turns the size flags into an export size. dpiSet says whether
// -dpi was given; pixel sizes record 96 dpi unless it was.
func pageSize(f export.Format, paper string, landscape bool, dpi float64, dpiSet bool, w, h int) (export.Size, error) {
	pixels := w != 0 || h != 0
	switch {
	case pixels && paper != "":
		return export.Size{}, errors.New("give either -size or -width and -height, not both")
	case pixels && (w == 0 || h == 0):
		return export.Size{}, errors.New("give both -width and -height")
	case pixels:
		if !dpiSet {
			dpi = 96
		}
		return export.PixelSize(w, h, dpi)
	case paper == "" && f == export.GIF:
		if !dpiSet {
			dpi = 96
		}
		return export.PixelSize(1200, 675, dpi)
	case paper == "":
		paper = "a4"
	}
	return export.PaperSize(paper, landscape, dpi)
}
