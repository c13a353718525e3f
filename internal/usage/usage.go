// Package usage is a command's help: what -h prints (a synopsis, what the
// command does, its flags and worked examples) and the parsing that prints
// it. Help asked for goes to standard output with exit status 0; a bad
// command line is said in one line on standard error, with a pointer to
// -h, and exit status 2: the conventions of most Unix tools.
package usage

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Example is one worked example: the arguments after the command's name,
// and what it does.
type Example struct {
	Args []string
	Note string
}

// Help is a command's help text.
type Help struct {
	Command  string // as typed: "mapshot", "story check"
	Synopsis string // what follows the command's name: "-o FILE [flags]"
	About    string // what the command does, in a paragraph or two
	Examples []Example
}

// Write writes the help, with the flags of fs, to w.
func (h Help) Write(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: %s %s\n\n", h.Command, h.Synopsis)
	if h.About != "" {
		fmt.Fprintf(w, "%s\n\n", strings.TrimSpace(h.About))
	}
	if fs != nil && hasFlags(fs) {
		fmt.Fprintln(w, "flags:")
		out := fs.Output()
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(out)
	}
	if len(h.Examples) > 0 {
		fmt.Fprintln(w, "\nexamples:")
		for _, e := range h.Examples {
			fmt.Fprintf(w, "  %s %s\n", h.Command, Quote(e.Args))
			if e.Note != "" {
				fmt.Fprintf(w, "      %s\n", e.Note)
			}
		}
	}
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// Parse parses args with fs. Asked for help (-h, -help), it writes the
// help to stdout and returns flag.ErrHelp; on a bad flag, fs has already
// said what is wrong on its output, in one line, and Parse returns
// ErrBadFlags.
func Parse(fs *flag.FlagSet, args []string, h Help, stdout io.Writer) error {
	fs.Usage = func() {} // the flag package's own usage would repeat every flag after the error
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		h.Write(stdout, fs)
		return flag.ErrHelp
	case err != nil:
		return ErrBadFlags
	}
	return nil
}

// ErrBadFlags is a flag the flag set did not accept.
var ErrBadFlags = errors.New("bad flags (see above)")

// Check runs every example's arguments through parse, which should parse
// them as the command does without running it, and returns the first
// failure, naming the example.
func (h Help) Check(parse func(args []string) error) error {
	if len(h.Examples) == 0 {
		return fmt.Errorf("%s: no examples", h.Command)
	}
	for _, e := range h.Examples {
		if err := parse(e.Args); err != nil {
			return fmt.Errorf("example %q: %w", h.Command+" "+Quote(e.Args), err)
		}
	}
	return nil
}

// Unnamed lists the flags of fs that the help text out does not name, as
// Write lists them ("  -name" then a space, a tab for a one-letter bool,
// or the line's end): a test's check that no flag was left out of -h.
func Unnamed(out string, fs *flag.FlagSet) []string {
	var missing []string
	fs.VisitAll(func(f *flag.Flag) {
		named := false
		for _, end := range []string{" ", "\t", "\n"} {
			named = named || strings.Contains(out, "  -"+f.Name+end)
		}
		if !named {
			missing = append(missing, f.Name)
		}
	})
	return missing
}

// Quote joins args as a POSIX shell would read them back, quoting only
// what needs it.
func Quote(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = a
		if a == "" || strings.ContainsAny(a, " \t\n'\"\\$`|&;<>()*?[]#~{}!") {
			q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return strings.Join(q, " ")
}
