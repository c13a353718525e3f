package watch

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Watch reports a change to a file, to a sheet in a folder, a file that
// goes away and comes back, and nothing for a spreadsheet's lock file.
func TestWatch(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "story.json")
	write := func(p, s string) {
		t.Helper()
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(file, "{}")
	write(filepath.Join(dir, "events.csv"), "id")
	tests := []struct {
		name   string
		path   string
		change func()
		want   bool
	}{
		{"file rewritten", file, func() { write(file, `{"id": 1}`) }, true},
		{"file removed", file, func() { os.Remove(file) }, true},
		{"file back", file, func() { write(file, "{}") }, true},
		{"sheet edited", dir, func() { write(filepath.Join(dir, "events.csv"), "id,date") }, true},
		{"sheet added", dir, func() { write(filepath.Join(dir, "corrections.csv"), "date") }, true},
		{"lock files", dir, func() {
			write(filepath.Join(dir, ".~lock.events.csv#"), "x")
			write(filepath.Join(dir, "~$events.csv"), "x")
			write(filepath.Join(dir, "notes.docx"), "x")
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			changed := make(chan struct{}, 10)
			Watch(ctx, tt.path, 20*time.Millisecond, func() { changed <- struct{}{} })
			time.Sleep(50 * time.Millisecond)
			tt.change()
			select {
			case <-changed:
				if !tt.want {
					t.Error("reported a change")
				}
			case <-time.After(400 * time.Millisecond):
				if tt.want {
					t.Error("no change reported")
				}
			}
			// One change is reported once.
			select {
			case <-changed:
				t.Error("reported twice")
			case <-time.After(100 * time.Millisecond):
			}
		})
	}
}

func TestSignature(t *testing.T) {
	if Signature(filepath.Join(t.TempDir(), "nothing")) != "" {
		t.Error("a missing path has a signature")
	}
	dir := t.TempDir()
	empty := Signature(dir)
	if empty == "" {
		t.Error("an empty folder has no signature")
	}
	os.WriteFile(filepath.Join(dir, "a.CSV"), []byte("x"), 0o644)
	if Signature(dir) == empty {
		t.Error("a new sheet (upper-case extension) did not change the signature")
	}
}
