package main

import (
	"bytes"
	"errors"
	"github.com/stancemap/stancemap/internal/usage"
	"io"
	"strings"
	"testing"
)

// TestHelp checks -h and -help: the help on stdout, exit 0, nothing on
// stderr, every flag named, and every example accepted by the flag set.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help"} {
		var out, errs bytes.Buffer
		defer func(w io.Writer) { stdout = w }(stdout)
		stdout = &out
		if code := run([]string{arg}, &errs); code != 0 || errs.Len() != 0 {
			t.Fatalf("%s: exit %d, stderr %q", arg, code, errs.String())
		}
		s := out.String()
		if !strings.HasPrefix(s, "usage: mapshot ") || !strings.Contains(s, "examples:\n  mapshot -") {
			t.Errorf("%s: no synopsis or examples:\n%s", arg, s)
		}
		fs, _ := newFlags(io.Discard)
		if missing := usage.Unnamed(s, fs); len(missing) > 0 {
			t.Errorf("%s: help does not name %v", arg, missing)
		}
	}
	err := help.Check(func(args []string) error {
		fs, o := newFlags(io.Discard)
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() > 0 || o.out == "" {
			return errors.New("stray arguments or no -o")
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

// TestBadFlagIsShort checks that a bad flag is said on stderr in a few
// lines, not followed by every flag, with exit status 2.
func TestBadFlagIsShort(t *testing.T) {
	var out, errs bytes.Buffer
	defer func(w io.Writer) { stdout = w }(stdout)
	stdout = &out
	code := run([]string{"-zoom", "3"}, &errs)
	if code != exitUsage || out.Len() != 0 || strings.Count(errs.String(), "\n") > 3 || !strings.Contains(errs.String(), "mapshot -h") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errs.String())
	}
}
