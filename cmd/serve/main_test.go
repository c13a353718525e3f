package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadStory(t *testing.T) {
	st, err := loadStory("")
	if err != nil || st.custom || len(st.story.Events) == 0 {
		t.Fatalf("built-in story: %v (custom %v)", err, st != nil && st.custom)
	}
	example := filepath.Join("..", "..", "data", "testdata", "example.json")
	st, err = loadStory(example)
	if err != nil || !st.custom || st.story.ID != "example" {
		t.Fatalf("example story: %v", err)
	}

	// A story the wasm would reject stops the build, naming the file and
	// the problem's JSON path; so does a file that can't be read.
	bad := filepath.Join(t.TempDir(), "bad.json")
	b, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(strings.Replace(string(b), `"2019-02-04"`, `"2019-02-31"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadStory(bad); err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "events[1].date") {
		t.Errorf("bad story: %v", err)
	}
	if _, err := loadStory(filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.Contains(err.Error(), "-story") {
		t.Errorf("missing story: %v", err)
	}
}
