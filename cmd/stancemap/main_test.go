package main

import (
	"bytes"
	"errors"
	"github.com/stancemap/stancemap/internal/usage"
	"io"
	"strings"
	"testing"
)

// TestHelp checks -h: the help on stdout, exit 0 without opening a window,
// every flag named, and every example accepted by the flag set.
func TestHelp(t *testing.T) {
	var out, errs bytes.Buffer
	defer func(w io.Writer) { stdout = w }(stdout)
	stdout = &out
	if code := run([]string{"-h"}, &errs); code != 0 || errs.Len() != 0 {
		t.Fatalf("-h: exit %d, stderr %q", code, errs.String())
	}
	s := out.String()
	if !strings.HasPrefix(s, "usage: stancemap ") || !strings.Contains(s, "examples:\n  stancemap -") {
		t.Errorf("no synopsis or examples:\n%s", s)
	}
	fs, _ := newFlags(io.Discard)
	if missing := usage.Unnamed(s, fs); len(missing) > 0 {
		t.Errorf("help does not name %v", missing)
	}
	if err := help.Check(func(args []string) error {
		fs, _ := newFlags(io.Discard)
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return errors.New("stray arguments")
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
	out.Reset()
	if code := run([]string{"-zoom"}, &errs); code != 2 || out.Len() != 0 || !strings.Contains(errs.String(), "stancemap -h") {
		t.Errorf("bad flag: exit %d, stdout %q, stderr %q", code, out.String(), errs.String())
	}
}
