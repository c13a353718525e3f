package desktop

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/story"
	"github.com/stancemap/stancemap/story/sheets"
)

// Reopen keeps the reader's place: the step by id, the region, the
// language if the story has it; a bad story comes back as its problems.
func TestReopen(t *testing.T) {
	app, err := Open(Config{Event: "guaido-claim", Lang: "ru", Theme: "dark", Region: "europe"})
	if err != nil {
		t.Fatal(err)
	}
	if got := app.Title(); got != "Гуайдо или Мадуро: какие правительства кого поддержали — stancemap" {
		t.Errorf("title %q", got)
	}
	at := app.Place()
	if at != (Place{Event: "guaido-claim", Region: "europe"}) {
		t.Fatalf("place %+v", at)
	}
	// The same story from a file: the same step and language.
	file := filepath.Join(t.TempDir(), "story.json")
	b, err := os.ReadFile("../../../../data/default.json")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, b, 0o644)
	same, err := app.Reopen(file, at)
	if err != nil {
		t.Fatal(err)
	}
	if same.Widget.Event() != app.Widget.Event() || same.Lang != "ru" || same.Theme != "dark" || same.Widget.Region() != "europe" || same.Path != file {
		t.Errorf("reopened at step %d lang %s theme %s region %s", same.Widget.Event(), same.Lang, same.Theme, same.Widget.Region())
	}
	// Another story, from sheets: no such step, no Russian.
	sh, err := sheets.Template()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := sheets.WriteDir(dir, sh, sheets.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	other, err := app.Reopen(dir, at)
	if err != nil {
		t.Fatal(err)
	}
	if other.Widget.Event() != len(other.Story.Events)-1 || other.Lang != "en" || other.Title() != "Who recognised Guaidó? (a template) — stancemap" {
		t.Errorf("other story at step %d in %s: %q", other.Widget.Event(), other.Lang, other.Title())
	}
	// A bad one: its problems, by cell.
	b, _ = os.ReadFile(filepath.Join(dir, "events.csv"))
	os.WriteFile(filepath.Join(dir, "events.csv"), []byte(strings.Replace(string(b), "europe,2019-02-04,president", "europe,2019-02-04,presidnt", 1)), 0o644)
	_, err = app.Reopen(dir, at)
	var inv *story.Invalid
	if !errors.As(err, &inv) || len(inv.Lines) != 1 || !strings.HasPrefix(inv.Lines[0], "events.csv row 3, column question (C)") {
		t.Errorf("bad sheets: %v", err)
	}
}
