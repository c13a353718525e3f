// Command mapshot exports the stancemap map for print and social posts:
// PNG at print resolution, SVG and PDF as vectors, CSV of the data shown,
// or an animated GIF with one frame per event. It needs no display and no
// cgo (CGO_ENABLED=0 builds it).
//
// Usage:
//
//	mapshot -o FILE|DIR/|- [-format png|svg|pdf|csv|gif] [-event ID_OR_DATE|all] [-lang LANG|all]
//	        [-size a4|a3|letter|tabloid] [-landscape] [-layout map|full] [-dpi 300]
//	        [-width PX -height PX] [-region ID] [-theme light|dark]
//	        [-data story.json] [-grayscale] [-title TEXT] [-credit TEXT] [-style style.json]
//
// The format follows -format, or the extension of -o; -o - writes to
// standard output, and -o DIR/ a file per step and language asked for
// (-event all, -lang all). mapshot -h says more. A file is replaced only
// when the export succeeds; stopped by Ctrl+C or SIGTERM, it leaves nothing.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/internal/buildinfo"
	"github.com/stancemap/stancemap/internal/usage"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/style"
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

// stdout is where -version and -h print, and -o - writes (a variable
// for the tests).
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
		fmt.Fprintln(stderr, "run mapshot -h for help")
		return exitUsage
	default:
		fmt.Fprintf(stderr, "mapshot: %v\n", err)
		return exitFail
	}
}

func mapshot(args []string, stderr io.Writer) error {
	fs, o := newFlags(stderr)
	if err := usage.Parse(fs, args, help, stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	if o.version {
		fmt.Fprintln(stdout, buildinfo.Version("mapshot"))
		return nil
	}
	o.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	to, err := resolveTarget(o.out, o.format, o.event == all || o.lang == all)
	if err != nil {
		return usageError{err}
	}
	size, err := pageSize(to.format, o.paper, o.landscape, o.dpi, o.set["dpi"], o.width, o.height)
	if err != nil {
		return usageError{err}
	}
	if o.layout != "" && o.layout != compose.LayoutMap && o.layout != compose.LayoutFull {
		return usageError{fmt.Errorf("layout %q: want %s or %s", o.layout, compose.LayoutMap, compose.LayoutFull)}
	}
	// Print has no reader whose preference auto could follow.
	if m, err := theme.ParseMode(o.theme); err != nil || m == theme.ModeAuto {
		return usageError{fmt.Errorf("theme %q: want light or dark", o.theme)}
	}

	world, err := geo.Load()
	if err != nil {
		return err
	}
	story, err := data.LoadFile(o.data, data.Options{KnownCode: world.Known})
	if err != nil {
		return err
	}
	if o.style != "" {
		st, err := style.Load(o.style)
		if err != nil {
			return err
		}
		restore, err := st.Apply(story)
		if err != nil {
			return err
		}
		defer restore()
		if st.Logo != nil {
			b := st.Logo.Bounds()
			o.logo = &compose.Logo{PNG: st.LogoPNG, W: b.Dx(), H: b.Dy()}
		}
		for _, w := range st.Warnings(style.Text(story, world)) {
			fmt.Fprintf(stderr, "mapshot: warning: %s\n", w)
		}
	}
	shots, err := plan(o, story, world, size, to.format)
	if err != nil {
		return usageError{err}
	}
	if to.dir {
		f, ok := stderr.(*os.File)
		return writeAll(to, shots, stderr, ok && isTerminal(f))
	}
	return to.write(shots[0].job, stdout)
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
