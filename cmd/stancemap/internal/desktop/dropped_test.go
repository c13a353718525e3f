package desktop

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// dropFS is what Ebiten's DroppedFiles gives on the desktop: the dropped
// paths by their base names, opened as *os.File.
type dropFS []string

func (d dropFS) Open(name string) (fs.File, error) {
	for _, p := range d {
		if filepath.Base(p) == name {
			return os.Open(p)
		}
	}
	return nil, fs.ErrNotExist
}

func (d dropFS) ReadDir(string) ([]fs.DirEntry, error) {
	var out []fs.DirEntry
	for _, p := range d {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		out = append(out, fs.FileInfoToDirEntry(fi))
	}
	return out, nil
}

func TestDroppedPath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "Story.JSON")
	os.WriteFile(file, []byte("{}"), 0o644)
	other := filepath.Join(dir, "photo.png")
	os.WriteFile(other, []byte("x"), 0o644)
	sheetsDir := filepath.Join(dir, "sheets")
	os.Mkdir(sheetsDir, 0o755)
	for _, tt := range []struct {
		dropped []string
		want    string
		err     string
	}{
		{[]string{other, file}, file, ""},
		{[]string{sheetsDir}, sheetsDir, ""},
		{[]string{other}, "", "drop a story file (.json) or a folder of sheets, not photo.png"},
		{nil, "", "nothing was dropped"},
	} {
		got, err := DroppedPath(dropFS(tt.dropped))
		if got != tt.want || (err == nil) != (tt.err == "") || (err != nil && err.Error() != tt.err) {
			t.Errorf("%v: %q, %v", tt.dropped, got, err)
		}
	}
}
