package sheets

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/geo"
)

// roundTrip exports s to a folder of sheets and imports it again.
func roundTrip(t *testing.T, s *data.Story) (*data.Story, *Result, string) {
	t.Helper()
	dir := t.TempDir()
	if err := WriteDir(dir, Export(s), WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	res, err := ImportDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	back, err := data.Load(res.JSON, data.Options{})
	if err != nil {
		t.Fatalf("the imported story does not load: %v", err)
	}
	return back, res, dir
}

// Export then import gives a story whose every step exports the same CSV
// as mapshot writes it (every country of the atlas, with its name, side,
// since, doubt, sources and standing position), in each language.
func TestRoundTripDefaultStory(t *testing.T) {
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	orig, err := data.Load(data.DefaultJSON(), data.Options{KnownCode: world.Known})
	if err != nil {
		t.Fatal(err)
	}
	back, res, dir := roundTrip(t, orig)
	if len(back.Events) != len(orig.Events) {
		t.Fatalf("%d steps, want %d", len(back.Events), len(orig.Events))
	}
	for i := range orig.Events {
		for _, lang := range orig.Langs {
			csv := func(s *data.Story) []byte {
				var b bytes.Buffer
				job := export.Job{Story: s, World: world}
				job.Print.Event, job.Print.Lang = i, lang
				if err := export.Write(&b, export.CSV, job); err != nil {
					t.Fatal(err)
				}
				return b.Bytes()
			}
			if a, b := csv(orig), csv(back); !bytes.Equal(a, b) {
				t.Errorf("step %d (%s), %s: the CSV differs after export and import", i, orig.Events[i].ID, lang)
			}
		}
	}
	// What the CSV does not show survives too: the sheets of the imported
	// story are the sheets it was imported from, byte for byte.
	again := t.TempDir()
	if err := WriteDir(again, Export(back), WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range Names {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(again, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs after a second export", name)
		}
	}
	// And the story file is stable: importing it again writes the same bytes.
	res2, err := ImportDir(again)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.JSON, res2.JSON) {
		t.Error("the story file differs after a second round trip")
	}
}

// A story's view goes to story.csv and back; a bad one is found where the
// sheet has it.
func TestRoundTripView(t *testing.T) {
	b := bytes.Replace(data.DefaultJSON(), []byte(`"subject": [`), []byte(`"view": "americas", "subject": [`), 1)
	orig, err := data.Load(b, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if orig.View != "americas" {
		t.Fatalf("view %q before the sheets", orig.View)
	}
	back, _, dir := roundTrip(t, orig)
	if back.View != "americas" {
		t.Errorf("view %q after the sheets", back.View)
	}
	csv, err := os.ReadFile(filepath.Join(dir, StorySheet))
	if err != nil {
		t.Fatal(err)
	}
	csv = bytes.Replace(csv, []byte("view,americas"), []byte("view,asia"), 1)
	if err := os.WriteFile(filepath.Join(dir, StorySheet), csv, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := ImportDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = data.Load(res.JSON, data.Options{})
	var ps data.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Path != "view" {
		t.Fatalf("a view of asia: %v", err)
	}
	if c, ok := res.Locate("view"); !ok || !strings.Contains(c.String(), "story.csv row") {
		t.Errorf("the bad view located at %v %v", c, ok)
	}
}
