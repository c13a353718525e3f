package export

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"time"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
	"github.com/stancemap/stancemap/widget/svgout"
)

// Format is an output file format, named by its extension.
type Format string

const (
	PNG Format = "png"
	SVG Format = "svg"
	PDF Format = "pdf"
	CSV Format = "csv"
	GIF Format = "gif" // one frame per event, for social posts
)

var formats = []Format{PNG, SVG, PDF, CSV, GIF}

// FormatOf returns the format named by path's extension.
func FormatOf(path string) (Format, error) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	for _, f := range formats {
		if string(f) == ext {
			return f, nil
		}
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = "." + string(f)
	}
	if ext == "" {
		return "", fmt.Errorf("%s: no file extension; use one of %s", path, strings.Join(names, " "))
	}
	return "", fmt.Errorf("%s: unknown format .%s; use one of %s", path, ext, strings.Join(names, " "))
}

// ParseFormat returns the format named name ("png", ".PDF").
func ParseFormat(name string) (Format, error) {
	n := strings.ToLower(strings.TrimPrefix(name, "."))
	for _, f := range formats {
		if string(f) == n {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q; use one of %s", name, FormatNames())
}

// FormatNames lists the formats, for messages and flag help: "png|svg|…".
func FormatNames() string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f)
	}
	return strings.Join(names, "|")
}

// Binary reports whether the format is not text, and so is no use shown
// on a terminal.
func (f Format) Binary() bool { return f == PNG || f == PDF || f == GIF }

// Job is one export: what to show (Print, whose W and H come from Size)
// and how big.
type Job struct {
	Story *data.Story
	World *geo.World
	Print compose.PrintOptions
	Size  Size
	// FrameDelay is how long each GIF frame shows (the last shows twice as
	// long); zero means 2.5 s.
	FrameDelay time.Duration
}

// File writes the job to path in the format its extension names,
// atomically.
func File(path string, job Job) error {
	f, err := FormatOf(path)
	if err != nil {
		return err
	}
	if err := job.Check(f); err != nil {
		return err
	}
	return WriteFile(path, func(w io.Writer) error { return Write(w, f, job) })
}

// Check reports whether the job can be written in format f within memory:
// an animated GIF holds all its frames, at most MaxGIFPixels in all.
func (job Job) Check(f Format) error {
	if job.Story == nil || job.World == nil {
		return fmt.Errorf("export: no story or world")
	}
	if f == GIF {
		w, h := math.Round(job.Size.W*job.Size.Scale), math.Round(job.Size.H*job.Size.Scale)
		if n := float64(len(job.Story.Events)); n*w*h > MaxGIFPixels {
			return fmt.Errorf("a GIF of %.0f frames of %.0f×%.0f px is %.0f million px; the limit is %d million: give a smaller size",
				n, w, h, n*w*h/1e6, MaxGIFPixels/1_000_000)
		}
	}
	return nil
}

// Write writes the job to w in format f.
func Write(w io.Writer, f Format, job Job) error {
	if err := job.Check(f); err != nil {
		return err
	}
	opt := job.Print
	opt.W, opt.H = job.Size.W, job.Size.H
	switch f {
	case PNG:
		img := rasterout.Render(compose.Print(job.Story, job.World, opt), job.Size.Scale)
		return rasterout.EncodePNG(w, img, job.Size.DPI)
	case SVG:
		return svgout.Write(w, compose.Print(job.Story, job.World, opt), svgout.Options{
			Width: mm(job.Size.PageW), Height: mm(job.Size.PageH),
		})
	case PDF:
		return writePDF(w, compose.Print(job.Story, job.World, opt), job.Size, opt.Credit)
	case CSV:
		codes := make([]string, len(job.World.Countries))
		for i, c := range job.World.Countries {
			codes[i] = c.Code
		}
		return WriteCSV(w, job.Story, opt.Event, codes, func(code string) string { return job.World.Name(code, opt.Lang) })
	case GIF:
		delay := job.FrameDelay
		if delay <= 0 {
			delay = 2500 * time.Millisecond
		}
		frames := make([]*scene.Scene, len(job.Story.Events))
		for i := range job.Story.Events {
			o := opt
			o.Event = i
			frames[i] = compose.Print(job.Story, job.World, o)
		}
		return EncodeGIF(w, frames, job.Size.Scale, delay, 2*delay)
	}
	return fmt.Errorf("export: unknown format %q", f)
}

func mm(v float64) string { return fmt.Sprintf("%.1fmm", v) }
