package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// listDir returns the names in dir, sorted, or nil when it is missing.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	return names
}

func TestEveryStepAndLanguage(t *testing.T) {
	small := testdata(t, "small.json")
	px := []string{"-width", "200", "-height", "120"}
	tests := []struct {
		name   string
		args   []string
		before func(t *testing.T, dir string)
		code   int
		stderr []string
		files  []string // in out/
	}{
		{name: "all by all", args: []string{"-event", "all", "-lang", "all", "-format", "csv", "-o", "out/"},
			files: []string{"first.en.csv", "first.ru.csv", "second.en.csv", "second.ru.csv"}},
		{name: "every step in one language, png by default", args: append([]string{"-event", "all", "-lang", "ru", "-o", "out/"}, px...),
			files: []string{"first.ru.png", "second.ru.png"}},
		{name: "one step in every language", args: []string{"-event", "first", "-lang", "all", "-format", "svg", "-o", "out"},
			before: func(t *testing.T, dir string) { os.Mkdir(filepath.Join(dir, "out"), 0o755) },
			files:  []string{"first.en.svg", "first.ru.svg"}},
		{name: "a GIF per language", args: append([]string{"-lang", "all", "-format", "gif", "-o", "out/"}, px...),
			files: []string{"mapshot-test.en.gif", "mapshot-test.ru.gif"}},
		{name: "unknown event", args: []string{"-event", "third", "-lang", "all", "-o", "out/"}, code: 2, stderr: []string{`event "third"`, "first"}},
		{name: "unknown language", args: []string{"-event", "all", "-lang", "de", "-o", "out/"}, code: 2, stderr: []string{`lang "de"`, "en, ru"}},
		{name: "all needs a folder", args: []string{"-event", "all", "-o", "map.png"}, code: 2, stderr: []string{"-o map.png", "give a folder, -o DIR/"}},
		{name: "all to stdout", args: []string{"-lang", "all", "-o", "-", "-format", "csv"}, code: 2, stderr: []string{"give a folder"}},
		{name: "GIF of all steps", args: []string{"-event", "all", "-format", "gif", "-o", "out/"}, code: 2, stderr: []string{"a GIF already holds every step"}},
		{name: "folder under a file", args: []string{"-event", "all", "-format", "csv", "-o", "blocker/out/"}, code: 1,
			before: func(t *testing.T, dir string) { os.WriteFile(filepath.Join(dir, "blocker"), nil, 0o644) },
			stderr: []string{"cannot write in blocker/out/"}},
		{name: "one file fails, the others are written", args: []string{"-event", "all", "-lang", "all", "-format", "csv", "-o", "out/"}, code: 1,
			before: func(t *testing.T, dir string) { os.MkdirAll(filepath.Join(dir, "out", "second.ru.csv"), 0o755) },
			stderr: []string{"out/second.ru.csv is a directory", "1 of 4 files failed"},
			files:  []string{"first.en.csv", "first.ru.csv", "second.en.csv", "second.ru.csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.before != nil {
				tt.before(t, dir)
			}
			before := listDir(t, dir)
			code, stderr := runBin(t, dir, append(tt.args, "-data", small)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			if tt.code == 0 && stderr != "" {
				t.Errorf("stderr is not a terminal, yet: %q", stderr)
			}
			if got := listDir(t, filepath.Join(dir, "out")); strings.Join(got, " ") != strings.Join(tt.files, " ") {
				t.Errorf("out/ holds %v, want %v", got, tt.files)
			}
			if tt.files == nil && !slices.Equal(listDir(t, dir), before) {
				t.Errorf("a failure changed the folder: %v, was %v", listDir(t, dir), before)
			}
		})
	}
}

// TestProgressOnTerminal checks the progress line: on a terminal (made by
// script(1), where there is one) it counts the files, rewriting one line.
func TestProgressOnTerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("no script(1) to make a terminal with")
	}
	dir := t.TempDir()
	cmd := exec.Command(script, "-qec", bin+" -event all -lang all -format csv -o out/ -data "+testdata(t, "small.json"), os.DevNull)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	s := string(out)
	if err != nil || !strings.Contains(s, "\rmapshot: 1/4 out/first.en.csv") || !strings.Contains(s, "4/4 out/second.ru.csv") ||
		!strings.Contains(s, "mapshot: wrote 4 files in out/") || strings.Count(s, "\n") > 2 {
		t.Errorf("err %v, output %q", err, s)
	}
}
