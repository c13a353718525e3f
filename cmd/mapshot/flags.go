package main

import (
	"flag"
	"io"
	"strings"

	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/internal/usage"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/start"
)

// options are mapshot's flags.
type options struct {
	out, format, event, paper, layout, region, lang, theme, data, title, credit, style string
	landscape, gray, version                                                           bool
	dpi                                                                                float64
	width, height                                                                      int
	set                                                                                map[string]bool // the flags given
	logo                                                                               *compose.Logo   // the style's, if any
}

// newFlags is mapshot's flag set, writing its complaints to stderr.
func newFlags(stderr io.Writer) (*flag.FlagSet, *options) {
	fs := flag.NewFlagSet("mapshot", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	fs.StringVar(&o.out, "o", "", "output `file` (its extension names the format: .png .svg .pdf .csv .gif), - for standard output, or a folder DIR/ for <event>.<lang>.<format> files")
	fs.StringVar(&o.format, "format", "", "output format: "+export.FormatNames()+"; needed with -o -, png by default in a folder, else the extension says")
	fs.StringVar(&o.event, "event", "", "event id or date (YYYY-MM-DD), or all for every step (with -o DIR/); default the last event")
	fs.StringVar(&o.paper, "size", "", "paper size: "+strings.Join(export.PaperNames(), ", ")+" (default a4; .gif defaults to 1200×675 px)")
	fs.BoolVar(&o.landscape, "landscape", false, "turn the paper sideways")
	fs.StringVar(&o.layout, "layout", "", "map (the map and legend alone) or full (also the summary and the countries by side, in columns); default full on portrait pages, map on landscape ones")
	fs.Float64Var(&o.dpi, "dpi", 300, "print resolution for PNG (and the size recorded with -width/-height, default 96 there)")
	fs.IntVar(&o.width, "width", 0, "image width in `px` (with -height, instead of -size)")
	fs.IntVar(&o.height, "height", 0, "image height in `px`")
	fs.StringVar(&o.region, "region", "", "map region: "+start.RegionIDs()+"; default the story's own view, else world")
	fs.StringVar(&o.lang, "lang", "", "language of text and country names, or all for every one the story is written in (with -o DIR/); default the story's")
	fs.StringVar(&o.theme, "theme", "light", "light or dark")
	fs.StringVar(&o.data, "data", "", "a story `file` (JSON) to show instead of the built-in one")
	fs.BoolVar(&o.gray, "grayscale", false, "greys and patterns for black-and-white print")
	fs.StringVar(&o.title, "title", "", "replace the story's title")
	fs.StringVar(&o.credit, "credit", "", "replace the story's credit line")
	fs.StringVar(&o.style, "style", "", "a newsroom's style `file` (JSON: side and map colours, fonts, credit, logo; see docs/style.md)")
	fs.BoolVar(&o.version, "version", false, "print which build this is and exit")
	return fs, o
}

// help is what mapshot -h prints, around the flags.
var help = usage.Help{
	Command:  "mapshot",
	Synopsis: "-o FILE|DIR/|- [-format FORMAT] [-event ID|all] [-lang LANG|all] [flags]",
	About: `mapshot draws the stancemap print page for one step of the story — title,
date and headline, the question, the map coloured by side, the legend with
counts, sources and credit — as PNG, SVG or PDF, writes the data shown as
CSV, or every step as an animated GIF. It needs no display. A file is
replaced only when the export succeeds.`,
	Examples: []usage.Example{
		{Args: []string{"-event", "2019-01-23", "-size", "a4", "-landscape", "-o", "guaido-2019.pdf"}, Note: "an A4 landscape PDF of the step on 23 January 2019"},
		{Args: []string{"-event", "2020-01-05", "-size", "a3", "-dpi", "300", "-lang", "es", "-o", "asamblea.png"}, Note: "A3 portrait at 300 dpi, in Spanish"},
		{Args: []string{"-event", "all", "-lang", "all", "-format", "pdf", "-o", "print/"}, Note: "every step in every language, A4 portrait, as print/<event>.<lang>.pdf"},
		{Args: []string{"-style", "daily/style.json", "-o", "daily.pdf"}, Note: "the last step in a newsroom's own colours and fonts"},
		{Args: []string{"-event", "2019-01-10", "-o", "-", "-format", "csv"}, Note: "the data shown, one row per country, on standard output"},
	},
}
