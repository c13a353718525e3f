package export

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFilePanicLeavesNothing checks that a panic while writing (a
// renderer's bug, an allocation too large) removes the temporary file and
// goes on to the caller.
func TestWriteFilePanicLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.png")
	if err := os.WriteFile(path, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	func() {
		defer func() {
			if r := recover(); r != "boom" {
				t.Errorf("recovered %v, want the writer's panic", r)
			}
		}()
		_ = WriteFile(path, func(w io.Writer) error {
			_, _ = io.WriteString(w, "half a fi")
			panic("boom")
		})
	}()
	if got, _ := os.ReadFile(path); string(got) != "precious" {
		t.Errorf("existing file clobbered: %q", got)
	}
	assertOnly(t, dir, "map.png")
}

// TestWriteFileKeepsMode checks that a file replaced keeps its permissions
// (a newsroom's shared folder may want 0664, a private one 0600), and that
// a new file is an ordinary document, 0644.
func TestWriteFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	for _, mode := range []os.FileMode{0o600, 0o664, 0o640} {
		path := filepath.Join(dir, "map.svg")
		if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != mode {
			t.Errorf("replaced a %v file: now %v (%v)", mode, fi.Mode().Perm(), err)
		}
	}
}

// TestWriteFileThroughSymlink checks that writing to a symlink replaces
// the file it points to and leaves the link a link.
func TestWriteFileThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.png")
	link := filepath.Join(dir, "latest.png")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.png", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file: %v", err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("the link's target holds %q", got)
	}
	assertOnly(t, dir, "latest.png", "real.png")
}
