package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/internal/usage"
	"github.com/stancemap/stancemap/story"
	"github.com/stancemap/stancemap/story/check"
	"github.com/stancemap/stancemap/story/sheets"
	"github.com/stancemap/stancemap/widget/style"
)

// checkOutput is `story check -json`'s answer.
type checkOutput struct {
	File     string          `json:"file"`
	OK       bool            `json:"ok"`
	Problems []check.Finding `json:"problems"`
	Warnings []check.Finding `json:"warnings"`
	Notes    []string        `json:"notes,omitempty"` // how sheets were read
}

var helpCheck = usage.Help{
	Command: "story check", Synopsis: "[-json] [-previous FILE] [-style FILE] [-strict] FILE",
	About: `check lists a story's problems (a story with one cannot be shown) and
warnings (what a reader would miss). FILE is a story file or a folder of
sheets. It exits 0, or 1 when there are problems (with -strict, warnings
too).`,
	Examples: []usage.Example{
		{Args: []string{"my-story.json"}, Note: "problems and warnings, one a line"},
		{Args: []string{"-previous", "published.json", "my-story.json"}, Note: "also the step ids the published version had that are gone"},
		{Args: []string{"-json", "-strict", "my-story"}, Note: "sheets checked, in JSON, failing on warnings too"},
		{Args: []string{"-style", "daily/style.json", "my-story.json"}, Note: "also whether the newsroom style's side colours stay apart for colour-blind readers and in greyscale"},
	},
}

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	c := newCommand(helpCheck, stdout, stderr)
	fs := c.fs
	asJSON := fs.Bool("json", false, "answer in JSON: {file, ok, problems, warnings, notes}, each finding {kind, path, where, message}")
	previous := fs.String("previous", "", "an earlier version of the story (file or sheets): warn about step ids it has that this one lost")
	strict := fs.Bool("strict", false, "exit 1 on warnings too")
	styleFile := fs.String("style", "", "a newsroom's style `file`: check the story with its side colours and fonts")
	pos, err := parse(c, args, 1, "one story FILE (or folder of sheets)")
	if err != nil {
		return err
	}
	world, err := geo.Load()
	if err != nil {
		return err
	}
	opt := check.Options{KnownCode: world.Known}
	if *previous != "" {
		prev, _, err := story.Load(*previous, data.Options{KnownCode: world.Known})
		if err != nil {
			return fmt.Errorf("-previous: %w", err)
		}
		opt.Previous = prev
	}
	if *styleFile != "" {
		st, err := style.Load(*styleFile)
		if err != nil {
			return err
		}
		opt.Style = st
	}
	out := checkOutput{File: pos[0], Problems: []check.Finding{}, Warnings: []check.Finding{}}
	src, err := story.Read(pos[0])
	var ps sheets.Problems
	switch {
	case errors.As(err, &ps):
		for _, p := range ps {
			out.Problems = append(out.Problems, check.Finding{Kind: check.Problem, Where: p.Cell.String(), Message: p.Message})
		}
	case err != nil:
		return err
	default:
		if src.Sheets != nil {
			out.Notes = src.Sheets.Notes
		}
		opt.Where = src.Where
		r := check.Check(src.JSON, opt)
		out.Problems, out.Warnings = append(out.Problems, r.Problems...), append(out.Warnings, r.Warnings...)
	}
	out.OK = len(out.Problems) == 0
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		printReport(stdout, out)
	}
	if !out.OK || (*strict && len(out.Warnings) > 0) {
		return errFailed
	}
	return nil
}

func printReport(w io.Writer, out checkOutput) {
	for _, n := range out.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	for _, f := range out.Problems {
		fmt.Fprintf(w, "problem: %s\n", f)
	}
	for _, f := range out.Warnings {
		fmt.Fprintf(w, "warning: %s\n", f)
	}
	switch {
	case !out.OK:
		fmt.Fprintf(w, "%s: %s, %s: it cannot be shown until the problems are fixed", out.File, count(len(out.Problems), "problem"), count(len(out.Warnings), "warning"))
		if len(out.Warnings) == 0 {
			fmt.Fprint(w, " (warnings are looked for once it loads)")
		}
		fmt.Fprintln(w)
	case len(out.Warnings) > 0:
		fmt.Fprintf(w, "%s: no problems, %s\n", out.File, count(len(out.Warnings), "warning"))
	default:
		fmt.Fprintf(w, "%s: no problems, no warnings\n", out.File)
	}
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
