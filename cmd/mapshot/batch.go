package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/start"
	"github.com/stancemap/stancemap/widget/theme"
)

// all, as -event or -lang, asks for every step or every language the
// story is written in.
const all = "all"

// shot is one export and the name it takes in a folder.
type shot struct {
	name string // <event-id>.<lang>.<ext>; for a GIF, of every step, <story-id>.<lang>.gif
	job  export.Job
}

// plan resolves -event and -lang, each one choice or all, into the exports
// to make, every choice checked before anything is written.
func plan(o *options, story *data.Story, world *geo.World, size export.Size, f export.Format) ([]shot, error) {
	events := []string{o.event}
	if o.event == all {
		if f == export.GIF {
			return nil, errors.New("-event all: a GIF already holds every step, one a frame; leave -event out")
		}
		events = events[:0]
		for _, ev := range story.Events {
			events = append(events, ev.ID)
		}
	}
	langs := []string{o.lang}
	if o.lang == all {
		langs = story.Langs
	}
	var shots []shot
	for _, ev := range events {
		for _, lang := range langs {
			at, probs := start.Resolve(start.Choices{Event: ev, Lang: lang, Theme: theme.Mode(o.theme), Region: o.region}, story, nil)
			if len(probs) > 0 {
				return nil, probs[0]
			}
			job := export.Job{
				Story: story, World: world, Size: size,
				Print: compose.PrintOptions{
					Event: at.Event, Lang: at.Lang, Theme: string(at.Theme), Region: at.Region, Grayscale: o.gray,
					Title: o.title, Credit: o.credit, Layout: o.layout, Logo: o.logo,
				},
			}
			if err := job.Check(f); err != nil {
				return nil, err
			}
			first := story.Events[at.Event].ID
			if f == export.GIF {
				first = story.ID
			}
			shots = append(shots, shot{name: first + "." + at.Lang + "." + string(f), job: job})
		}
	}
	return shots, nil
}

// writeAll writes every shot into the folder, each file atomically. A file
// that fails is named on stderr and the others are still written; the
// error then counts the failures. On a terminal a progress line counts
// the files as they are drawn; elsewhere nothing is said unless one fails.
func writeAll(to target, shots []shot, stderr io.Writer, progress bool) error {
	if err := prepareDir(to.path); err != nil {
		return err
	}
	failed := 0
	for i, s := range shots {
		path := filepath.Join(to.path, s.name)
		if progress {
			fmt.Fprintf(stderr, "\rmapshot: %d/%d %s\033[K", i+1, len(shots), path)
		}
		err := export.WriteFile(path, func(w io.Writer) error { return export.Write(w, to.format, s.job) })
		if err != nil {
			failed++
			if progress {
				fmt.Fprint(stderr, "\r\033[K")
			}
			fmt.Fprintf(stderr, "mapshot: %v\n", err)
		}
	}
	if progress {
		fmt.Fprintf(stderr, "\r\033[Kmapshot: wrote %d files in %s\n", len(shots)-failed, to.path)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files failed (named above); the others were written", failed, len(shots))
	}
	return nil
}

// prepareDir makes the folder if it is missing and checks that a file can
// be made in it, so that a folder that cannot take them fails once, before
// anything is drawn, rather than once a file.
func prepareDir(dir string) error {
	made := false
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("cannot make the folder %s: %w", dir, unwrapPath(err))
		}
		made = true
	}
	probe, err := os.CreateTemp(dir, ".mapshot-*.tmp")
	if err != nil {
		if made {
			os.Remove(dir)
		}
		return fmt.Errorf("cannot write in %s: %w", dir, unwrapPath(err))
	}
	probe.Close()
	return os.Remove(probe.Name())
}

// unwrapPath drops the path an *os.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
