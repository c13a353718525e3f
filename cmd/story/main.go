// Command story helps an editor write a stancemap story: as spreadsheet
// sheets, checked before it is published.
//
// Usage:
//
//	story new -o DIR                 a small filled-in story as sheets, to start from
//	story import DIR -o FILE         the sheets in DIR as a story file
//	story export FILE -o DIR         a story (file or sheets) as sheets
//	story check [-json] [-previous FILE] [-strict] FILE
//
// FILE is a story file (JSON, data/FORMAT.md) or, where it is read, a
// folder of sheets. Flags may come before or after FILE and DIR. The exit
// status is 0 on success, 1 when the story has problems or a file could
// not be read or written (nothing is then written), 2 for a bad command
// line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stancemap/stancemap/internal/buildinfo"
	"github.com/stancemap/stancemap/internal/usage"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitFail  = 1
	exitUsage = 2
)

type usageError struct{ error }

// failed is an error already told on stderr (problems, one per line).
var errFailed = errors.New("failed")

const overview = `story helps write a stancemap story in a spreadsheet.

  story new -o DIR              write a small filled-in story as sheets, to start from
  story import DIR -o FILE      make a story file of the sheets in DIR
  story export FILE -o DIR      write a story file (or sheets) as sheets
  story check FILE              list a story's problems and warnings

examples:
  story new -o my-story
  story import my-story -o my-story.json
  story check -previous published.json my-story.json
  story export my-story.json -sep ';' -o sheets

Run story COMMAND -h for a command's flags and examples, story -version for
the build.
`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, overview)
		return exitUsage
	}
	cmds := map[string]func([]string, io.Writer, io.Writer) error{
		"new": cmdNew, "import": cmdImport, "export": cmdExport, "check": cmdCheck,
	}
	name := args[0]
	cmd, ok := cmds[name]
	switch {
	case name == "-h" || name == "-help" || name == "--help" || name == "help":
		fmt.Fprint(stdout, overview)
		return 0
	case name == "-version" || name == "--version" || name == "version":
		fmt.Fprintln(stdout, buildinfo.Version("story"))
		return 0
	case !ok:
		fmt.Fprintf(stderr, "story: unknown command %q\n\n%s", name, overview)
		return exitUsage
	}
	err := cmd(args[1:], stdout, stderr)
	if errors.Is(err, usage.ErrBadFlags) {
		err = usageError{err}
	}
	var ue usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errFailed):
		return exitFail
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "story %s: %v\nrun story %s -h for help\n", name, err, name)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "story %s: %v\n", name, err)
		return exitFail
	}
}

// parse parses args with fs, flags before or after the positional
// arguments (`story export FILE -o DIR`), and returns the positional ones,
// which must number want.
func parse(c *command, args []string, want int, names string) ([]string, error) {
	fs := c.fs
	var pos []string
	for {
		if err := usage.Parse(fs, args, c.help, c.stdout); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) != want {
		return nil, usageError{fmt.Errorf("want %s, got %d argument(s)%s", names, len(pos), list(pos))}
	}
	return pos, nil
}

func list(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ": " + strings.Join(ss, " ")
}

// command is a subcommand's flags and help.
type command struct {
	fs     *flag.FlagSet
	help   usage.Help
	stdout io.Writer
}

// newCommand makes the flag set of the subcommand h names (h.Command is
// "story NAME"), writing help to stdout and complaints to stderr.
func newCommand(h usage.Help, stdout, stderr io.Writer) *command {
	fs := flag.NewFlagSet(h.Command, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return &command{fs: fs, help: h, stdout: stdout}
}
