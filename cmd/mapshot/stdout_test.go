package main

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runBinOut runs the binary in dir and returns its exit code, stdout and
// stderr.
func runBinOut(t *testing.T, dir string, args ...string) (int, []byte, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.Bytes(), errs.String()
}

func TestStandardOutputAndFormat(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // prefix
		stderr string // substring
		file   string // the one file expected afterwards
	}{
		{name: "csv", args: []string{"-o", "-", "-format", "csv", "-event", "2019-01-10"}, stdout: "code,name,side,since"},
		{name: "png", args: []string{"-o", "-", "-format", "PNG", "-width", "200", "-height", "120"}, stdout: "\x89PNG"},
		{name: "pdf", args: []string{"-o", "-", "-format", "pdf", "-size", "a4"}, stdout: "%PDF-"},
		{name: "svg", args: []string{"-o", "-", "-format", "svg"}, stdout: "<?xml"},
		{name: "no format", args: []string{"-o", "-"}, code: 2, stderr: "-o - writes to standard output: say in what with -format png|svg|pdf|csv|gif"},
		{name: "unknown format", args: []string{"-o", "-", "-format", "jpg"}, code: 2, stderr: `-format: unknown format "jpg"`},
		{name: "format and extension disagree", args: []string{"-o", "map.png", "-format", "svg"}, code: 2, stderr: "-format svg, but -o map.png names .png"},
		{name: "format names an odd extension", args: []string{"-o", "map.print", "-format", "pdf"}, file: "map.print"},
		{name: "format agrees", args: []string{"-o", "map.csv", "-format", "csv"}, file: "map.csv"},
		{name: "unknown layout", args: []string{"-o", "map.pdf", "-layout", "poster"}, code: 2, stderr: `layout "poster": want map or full`},
		{name: "full layout on landscape", args: []string{"-o", "-", "-format", "svg", "-landscape", "-layout", "full", "-event", "2019-01-23"}, stdout: "<?xml"},
		{name: "bad event writes nothing", args: []string{"-o", "-", "-format", "csv", "-event", "nope"}, code: 2, stderr: `no event "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			code, out, errs := runBinOut(t, dir, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Fatalf("exit %d, want %d; stderr %q, want %q", code, tt.code, errs, tt.stderr)
			}
			if !bytes.HasPrefix(out, []byte(tt.stdout)) || tt.stdout == "" && len(out) > 0 {
				t.Errorf("stdout starts %q, want %q", out[:min(len(out), 20)], tt.stdout)
			}
			ents, _ := os.ReadDir(dir)
			if tt.file == "" && len(ents) > 0 || tt.file != "" && (len(ents) != 1 || ents[0].Name() != tt.file) {
				t.Errorf("the folder holds %v, want %q", ents, tt.file)
			}
		})
	}
	_, out, _ := runBinOut(t, t.TempDir(), "-o", "-", "-format", "png", "-width", "200", "-height", "120")
	if img, err := png.Decode(bytes.NewReader(out)); err != nil || img.Bounds().Dx() != 200 {
		t.Errorf("the PNG on stdout: %v", err)
	}
	dir := t.TempDir()
	runBinOut(t, dir, "-o", "map.print", "-format", "pdf", "-width", "200", "-height", "120")
	if b, _ := os.ReadFile(filepath.Join(dir, "map.print")); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Error("-format pdf -o map.print did not write a PDF")
	}
}

// TestBinaryNotToTerminal runs mapshot on a pseudo-terminal (with
// util-linux's script, where there is one): PNG is refused with a
// message, SVG (text) is written.
func TestBinaryNotToTerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("no script(1) to make a terminal with")
	}
	shell := func(args string) (int, string) {
		cmd := exec.Command(script, "-qec", bin+" "+args, os.DevNull)
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		return 0, string(out)
	}
	if code, out := shell("-o - -format png -width 100 -height 80"); code != 1 || !strings.Contains(out, "not writing png to a terminal") || strings.Contains(out, "PNG") {
		t.Errorf("png to a terminal: exit %d, output %q", code, out)
	}
	if code, out := shell("-o - -format svg -width 100 -height 80"); code != 0 || !strings.Contains(out, "<svg") {
		t.Errorf("svg to a terminal: exit %d, output %.80q", code, out)
	}
}

func TestIsTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	file, err := os.Create(filepath.Join(t.TempDir(), "f"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	for name, f := range map[string]*os.File{"the null device": null, "a pipe": w, "a file": file} {
		if isTerminal(f) {
			t.Errorf("%s counts as a terminal", name)
		}
	}
}
