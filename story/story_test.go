package story

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/story/sheets"
)

// templateDir writes the template's sheets to a folder.
func templateDir(t *testing.T) string {
	t.Helper()
	sh, err := sheets.Template()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := sheets.WriteDir(dir, sh, sheets.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	return dir
}

func rewrite(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s lacks %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A folder of sheets and the story file it makes load to the same story;
// problems are told at a cell for sheets and at a JSON path for a file.
func TestLoad(t *testing.T) {
	dir := templateDir(t)
	s, src, err := Load(dir, data.Options{})
	if err != nil || src.Sheets == nil || s.ID != "my-story" {
		t.Fatalf("sheets: %v", err)
	}
	file := filepath.Join(t.TempDir(), "story.json")
	if err := os.WriteFile(file, src.JSON, 0o644); err != nil {
		t.Fatal(err)
	}
	s2, src2, err := Load(file, data.Options{})
	if err != nil || src2.Sheets != nil || s2.Title["es"] != s.Title["es"] {
		t.Fatalf("file: %v", err)
	}

	rewrite(t, filepath.Join(dir, "events.csv"), "europe,2019-02-04,president", "europe,2019-02-04,presidnt")
	rewrite(t, file, `"question": "president", "sources": ["E3"]`, `"question": "presidnt", "sources": ["E3"]`)
	for path, want := range map[string]string{
		dir:  `events.csv row 3, column question (C): unknown question "presidnt" (events[1].question)`,
		file: `events[1].question: unknown question "presidnt"`,
	} {
		_, _, err := Load(path, data.Options{})
		var inv *Invalid
		if !errors.As(err, &inv) || len(inv.Lines) != 1 || inv.Lines[0] != want || !strings.Contains(err.Error(), path+" is not a valid story (1 problem)") {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
	}

	// Sheets that cannot make a story at all.
	rewrite(t, filepath.Join(dir, "stances.csv"), ",true,", ",maybe,")
	_, _, err = Load(dir, data.Options{})
	var inv *Invalid
	if !errors.As(err, &inv) || !strings.Contains(err.Error(), "has sheets that cannot make a story") || !strings.Contains(inv.Lines[0], "stances.csv row 2, column uncertain (E)") {
		t.Errorf("bad sheets: %v", err)
	}
	if _, _, err := Load(filepath.Join(dir, "nope.json"), data.Options{}); err == nil || errors.As(err, &inv) || !strings.Contains(err.Error(), "nope.json") {
		t.Errorf("missing file: %v", err)
	}
}
