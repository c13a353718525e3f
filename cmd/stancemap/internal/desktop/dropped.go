package desktop

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// DroppedPath finds, among the files and folders dropped on the window
// (Ebiten's ebiten.DroppedFiles), the story to open: a .json file or a
// folder (of sheets). On the desktop each dropped name opens as an
// *os.File, whose name is the real path, which the window needs to watch
// the story for changes.
func DroppedPath(fsys fs.FS) (string, error) {
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return "", err
	}
	var seen []string
	for _, e := range ents {
		seen = append(seen, e.Name())
		if !e.IsDir() && !strings.EqualFold(filepath.Ext(e.Name()), ".json") {
			continue
		}
		f, err := fsys.Open(e.Name())
		if err != nil {
			return "", err
		}
		osf, ok := f.(*os.File)
		f.Close()
		if !ok {
			return "", errors.New("the dropped files have no path on this system")
		}
		return osf.Name(), nil
	}
	if len(seen) == 0 {
		return "", errors.New("nothing was dropped")
	}
	return "", errors.New("drop a story file (.json) or a folder of sheets, not " + strings.Join(seen, ", "))
}
