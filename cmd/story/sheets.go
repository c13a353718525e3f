package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/internal/usage"
	"github.com/stancemap/stancemap/story"
	"github.com/stancemap/stancemap/story/sheets"
)

// sepFlag is -sep: the sheets' separator.
func sepFlag(fs *flag.FlagSet) *string {
	return fs.String("sep", ",", "the sheets' separator: ',' or ';' (for a spreadsheet in a locale that writes decimal commas) or tab")
}

func separator(s string) (rune, error) {
	switch s {
	case ",", ";":
		return rune(s[0]), nil
	case "tab", "\t", `\t`:
		return '\t', nil
	}
	return 0, usageError{fmt.Errorf("-sep %q: use ',', ';' or tab", s)}
}

var helpNew = usage.Help{
	Command: "story new", Synopsis: "-o DIR [-sep ,|;|tab] [-force]",
	About: `new writes a small filled-in story as spreadsheet sheets (CSV), one per
part of the story, to edit and then import. Sheets already in the folder
are kept unless -force.`,
	Examples: []usage.Example{
		{Args: []string{"-o", "my-story"}, Note: "seven CSV sheets in my-story/"},
		{Args: []string{"-o", "my-story", "-sep", ";"}, Note: "for a spreadsheet in a locale that writes decimal commas"},
	},
}

func cmdNew(args []string, stdout, stderr io.Writer) error {
	c := newCommand(helpNew, stdout, stderr)
	fs := c.fs
	out := fs.String("o", "", "the `folder` to write the sheets in (created if missing)")
	sep := sepFlag(fs)
	force := fs.Bool("force", false, "replace sheets already in the folder")
	if _, err := parse(c, args, 0, "no arguments"); err != nil {
		return err
	}
	if *out == "" {
		return usageError{errors.New("no folder: give -o DIR")}
	}
	r, err := separator(*sep)
	if err != nil {
		return err
	}
	sh, err := sheets.Template()
	if err != nil {
		return err
	}
	if err := sheets.WriteDir(*out, sh, sheets.WriteOptions{Sep: r, Force: *force}); err != nil {
		return err
	}
	self := "story"
	if strings.Contains(os.Args[0], "go-build") {
		self = "go run ./cmd/story" // run by go run, from the repository
	}
	fmt.Fprintf(stdout, "wrote %s to %s\nnext: edit them in a spreadsheet (save as CSV), then:\n  %s import %s -o story.json\n  %s check story.json\n",
		names(sh), *out, self, *out, self)
	return nil
}

func names(sh []sheets.Sheet) string {
	n := make([]string, len(sh))
	for i, s := range sh {
		n[i] = s.Name
	}
	return strings.Join(n, ", ")
}

var helpExport = usage.Help{
	Command: "story export", Synopsis: "FILE -o DIR [-sep ,|;|tab] [-force]",
	About: `export writes a story (a file, or a folder of sheets) as spreadsheet
sheets, to edit in a spreadsheet and import again. Sheets already in the
folder are kept unless -force.`,
	Examples: []usage.Example{
		{Args: []string{"my-story.json", "-o", "sheets"}, Note: "the story as CSV sheets in sheets/"},
		{Args: []string{"my-story.json", "-o", "sheets", "-sep", "tab", "-force"}, Note: "tab-separated, replacing the sheets there"},
	},
}

func cmdExport(args []string, stdout, stderr io.Writer) error {
	c := newCommand(helpExport, stdout, stderr)
	fs := c.fs
	out := fs.String("o", "", "the `folder` to write the sheets in (created if missing)")
	sep := sepFlag(fs)
	force := fs.Bool("force", false, "replace sheets already in the folder")
	pos, err := parse(c, args, 1, "one story FILE (or folder of sheets)")
	if err != nil {
		return err
	}
	if *out == "" {
		return usageError{errors.New("no folder: give -o DIR")}
	}
	r, err := separator(*sep)
	if err != nil {
		return err
	}
	// A story with a code the atlas cannot draw still exports: the sheets
	// may be where the editor fixes it.
	s, _, err := story.Load(pos[0], data.Options{})
	if err != nil {
		return told(stderr, err)
	}
	sh := sheets.Export(s)
	if err := sheets.WriteDir(*out, sh, sheets.WriteOptions{Sep: r, Force: *force}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s to %s\n", names(sh), *out)
	return nil
}

var helpImport = usage.Help{
	Command: "story import", Synopsis: "DIR -o FILE",
	About: `import reads a folder of sheets, as a spreadsheet saved them, and writes
the story file, only when the sheets make a valid story; otherwise it lists
every problem by sheet, row and column, and writes nothing.`,
	Examples: []usage.Example{
		{Args: []string{"my-story", "-o", "my-story.json"}, Note: "the sheets in my-story/ as one story file"},
	},
}

func cmdImport(args []string, stdout, stderr io.Writer) error {
	c := newCommand(helpImport, stdout, stderr)
	fs := c.fs
	out := fs.String("o", "", "the story `file` to write (replaced only when the sheets make a valid story)")
	pos, err := parse(c, args, 1, "one folder of sheets")
	if err != nil {
		return err
	}
	if *out == "" {
		return usageError{errors.New("no story file: give -o FILE")}
	}
	if !story.IsSheets(pos[0]) {
		return usageError{fmt.Errorf("%s is not a folder of sheets", pos[0])}
	}
	world, err := geo.Load()
	if err != nil {
		return err
	}
	s, src, err := story.Load(pos[0], data.Options{KnownCode: world.Known})
	if src != nil && src.Sheets != nil {
		for _, n := range src.Sheets.Notes {
			fmt.Fprintf(stderr, "story import: %s\n", n)
		}
	}
	if err != nil {
		return told(stderr, err)
	}
	err = export.WriteFile(*out, func(w io.Writer) error {
		_, err := w.Write(src.JSON)
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %d steps, %d countries, in %s\n", *out, len(s.Events), len(s.Countries), strings.Join(s.Langs, ", "))
	return nil
}

// told prints an invalid story's problems on stderr, one per line, and
// returns errFailed; other errors come back as they are.
func told(stderr io.Writer, err error) error {
	var inv *story.Invalid
	if !errors.As(err, &inv) {
		return err
	}
	fmt.Fprintln(stderr, inv.Error())
	return errFailed
}
