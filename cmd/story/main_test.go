package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// bin is story built once for all tests, the way users run it.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "story-test")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "story")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		panic("go build: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runBin runs the binary in dir and returns its exit code, stdout and
// stderr.
func runBin(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stdout.String(), stderr.String()
}

func abs(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(rel)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Each case runs in a fresh folder holding the template's sheets in
// sheets/ (written by `story new`) when it asks for them.
func TestCLI(t *testing.T) {
	tmpl, warn, bad := abs(t, "testdata/template.json"), abs(t, "testdata/warnings.json"), abs(t, "testdata/bad.json")
	french := abs(t, "../../story/sheets/testdata/fr-excel")
	defaultStory := abs(t, "../../data/default.json")
	tests := []struct {
		name        string
		sheets      bool                                   // start with `story new -o sheets`
		edit        func(t *testing.T, dir string)         // before the run
		args        []string                               //
		code        int                                    //
		stdout      []string                               // substrings
		stderr      []string                               // substrings
		check       func(t *testing.T, dir, stdout string) // after the run
		noneWritten bool                                   // the folder holds what it held before
	}{
		{name: "no command", code: 2, stderr: []string{"story new -o DIR"}},
		{name: "version", args: []string{"-version"}, stdout: []string{"story ", "(" + runtime.Version() + ")"}},
		{name: "unknown command", args: []string{"chek", tmpl}, code: 2, stderr: []string{`unknown command "chek"`}},
		{name: "help", args: []string{"help"}, stdout: []string{"story check FILE"}},
		{name: "command help", args: []string{"check", "-help"}, stdout: []string{"usage: story check", "-previous", "-json", "examples:"}},
		{name: "bad flag", args: []string{"check", "-jsn", tmpl}, code: 2, stderr: []string{"flag provided but not defined: -jsn"}},
		{name: "two files", args: []string{"check", tmpl, warn}, code: 2, stderr: []string{"want one story FILE", "got 2 argument(s)"}},
		{name: "new without -o", args: []string{"new"}, code: 2, stderr: []string{"give -o DIR"}},
		{name: "new", args: []string{"new", "-o", "mine"}, stdout: []string{"wrote story.csv, sides.csv", "story import mine -o story.json", "story check story.json"},
			check: func(t *testing.T, dir, _ string) {
				ents, _ := os.ReadDir(filepath.Join(dir, "mine"))
				if len(ents) != 7 {
					t.Errorf("%d sheets", len(ents))
				}
			}},
		{name: "new with ;", args: []string{"new", "-sep", ";", "-o", "mine"},
			check: func(t *testing.T, dir, _ string) {
				b, _ := os.ReadFile(filepath.Join(dir, "mine", "sources.csv"))
				if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBFid;publisher;title;date;url\n")) {
					t.Errorf("sources.csv starts %q", b[:40])
				}
			}},
		{name: "new keeps edited sheets", sheets: true, args: []string{"new", "-o", "sheets"}, code: 1,
			stderr: []string{"sheets already has story.csv", "-force"}, noneWritten: true},
		{name: "new -force", sheets: true, args: []string{"new", "-o", "sheets", "-force"}},
		{name: "import", sheets: true, args: []string{"import", "sheets", "-o", "story.json"},
			stdout: []string{"wrote story.json: 3 steps, 3 countries, in en, es"}, stderr: []string{"story import: all sheets: separator ','"},
			check: func(t *testing.T, dir, _ string) {
				if code, out, _ := runBin(t, dir, "check", "story.json"); code != 0 || !strings.Contains(out, "no problems, no warnings") {
					t.Errorf("the imported story does not check clean: %d %s", code, out)
				}
			}},
		{name: "import French Excel sheets", args: []string{"import", french, "-o", "story.json"},
			stderr: []string{"separator ';', UTF-8 with a byte-order mark, CRLF", "read day first (DD/MM/YYYY"}},
		{name: "import bad sheets writes nothing", sheets: true,
			edit: func(t *testing.T, dir string) {
				replaceIn(t, filepath.Join(dir, "sheets", "stances.csv"), ",true,", ",maybe,")
				replaceIn(t, filepath.Join(dir, "sheets", "events.csv"), "2019-02-04", "02/31/2019")
			},
			args: []string{"import", "sheets", "-o", "story.json"}, code: 1, noneWritten: true,
			stderr: []string{"has sheets that cannot make a story (2 problems)", "events.csv row 3, column date (B)", "stances.csv row 2, column uncertain (E)"}},
		{name: "import a code the atlas lacks", sheets: true,
			edit: func(t *testing.T, dir string) {
				replaceIn(t, filepath.Join(dir, "sheets", "stances.csv"), "RUS,", "SUN,")
			},
			args: []string{"import", "sheets", "-o", "story.json"}, code: 1, noneWritten: true,
			stderr: []string{`stances.csv row 4, column code (A): "SUN" is not a country in the world atlas`}},
		{name: "import a file", args: []string{"import", tmpl, "-o", "story.json"}, code: 2, stderr: []string{"is not a folder of sheets"}},
		{name: "import to an unwritable place", sheets: true, args: []string{"import", "sheets", "-o", "sheets/story.csv/x.json"}, code: 1,
			stderr: []string{"cannot write in sheets/story.csv/"}},
		{name: "export the built-in story", args: []string{"export", defaultStory, "-o", "out"}, stdout: []string{"wrote story.csv"},
			check: func(t *testing.T, dir, _ string) {
				if code, _, stderr := runBin(t, dir, "import", "out", "-o", "back.json"); code != 0 {
					t.Errorf("import of the export: %s", stderr)
				}
			}},
		{name: "export a bad story", args: []string{"export", bad, "-o", "out"}, code: 1, noneWritten: true,
			stderr: []string{"bad.json is not a valid story (1 problem)", `events[1].question: unknown question "presidnt"`}},
		{name: "check clean", args: []string{"check", tmpl}, stdout: []string{"no problems, no warnings"}},
		{name: "check problems", args: []string{"check", bad}, code: 1,
			stdout: []string{`problem: countries[1].code: "SUN" is not a country in the world atlas`, "2 problems, 0 warnings"}},
		{name: "check warnings", args: []string{"check", "-previous", tmpl, warn},
			stdout: []string{"warning: events[1].headline.es: no text in es", `step id "europe" (2019-02-04) of the previous version is gone`, "no problems, 2 warnings"}},
		{name: "check -strict", args: []string{"check", warn, "-strict"}, code: 1, stdout: []string{"1 warning"}},
		{name: "check a bad previous", args: []string{"check", "-previous", bad, tmpl}, code: 1, stderr: []string{"-previous:", "bad.json is not a valid story"}},
		{name: "check sheets", sheets: true,
			edit: func(t *testing.T, dir string) {
				replaceIn(t, filepath.Join(dir, "sheets", "events.csv"), ",Europe follows,", ",,")
			},
			args: []string{"check", "sheets"}, code: 1,
			stdout: []string{"note: all sheets", "problem: events.csv row 3, column headline_en (G): text in the default language \"en\" is required (events[1].headline.en)"}},
		{name: "check -json", args: []string{"check", "-json", bad}, code: 1,
			check: func(t *testing.T, _, stdout string) {
				var out checkOutput
				if err := json.Unmarshal([]byte(stdout), &out); err != nil {
					t.Fatal(err)
				}
				if out.OK || len(out.Problems) != 2 || out.Problems[0].Kind != "problem" || out.Problems[1].Path != "countries[1].code" || out.Warnings == nil {
					t.Errorf("%+v", out)
				}
			}},
		{name: "check -json bad sheets", sheets: true,
			edit: func(t *testing.T, dir string) {
				replaceIn(t, filepath.Join(dir, "sheets", "stances.csv"), ",true,", ",maybe,")
			},
			args: []string{"check", "sheets", "-json"}, code: 1,
			check: func(t *testing.T, _, stdout string) {
				var out checkOutput
				if err := json.Unmarshal([]byte(stdout), &out); err != nil {
					t.Fatal(err)
				}
				if len(out.Problems) != 1 || out.Problems[0].Where != "stances.csv row 2, column uncertain (E)" {
					t.Errorf("%+v", out)
				}
			}},
		{name: "check a missing file", args: []string{"check", "nope.json"}, code: 1, stderr: []string{"nope.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.sheets {
				if code, _, stderr := runBin(t, dir, "new", "-o", "sheets"); code != 0 {
					t.Fatal(stderr)
				}
			}
			if tt.edit != nil {
				tt.edit(t, dir)
			}
			before := snapshot(t, dir)
			code, stdout, stderr := runBin(t, dir, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout)
				}
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if tt.noneWritten {
				if after := snapshot(t, dir); after != before {
					t.Errorf("the folder changed:\nbefore %s\nafter  %s", before, after)
				}
			}
			if tt.check != nil {
				tt.check(t, dir, stdout)
			}
		})
	}
}

// snapshot lists every file under dir with its content's length and a
// prefix, enough to see that nothing was written.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(&b, "%s: %d bytes %q; ", rel, len(data), data[:min(len(data), 200)])
		return nil
	})
	return b.String()
}

func replaceIn(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s lacks %q", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}
