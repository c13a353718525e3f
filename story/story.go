// Package story reads a story from where an editor keeps it: a story file
// (JSON, see data/FORMAT.md), or a folder of spreadsheet sheets, which it
// imports (package sheets). Either way the loader's problems are told at
// the place the editor can fix them: a JSON path in a file, a sheet's row
// and column in a folder. The desktop app, `serve -story` and `story`
// read stories through it.
package story

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/story/sheets"
)

// Source is a story as read from a path.
type Source struct {
	Path   string
	JSON   []byte
	Sheets *sheets.Result // nil for a story file
}

// IsSheets reports whether path is a folder (of sheets) rather than a file.
func IsSheets(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// Read reads the story at path: a story file as it is, a folder of sheets
// imported. Sheets that cannot make a story give sheets.Problems.
func Read(path string) (*Source, error) {
	if IsSheets(path) {
		res, err := sheets.ImportDir(path)
		if err != nil {
			return nil, err
		}
		return &Source{Path: path, JSON: res.JSON, Sheets: res}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The loader refuses large files itself (data.Load); this only keeps a
	// wrong path to a huge file from being read into memory first.
	b, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("%s is over %d MB: not a story file", path, maxFile>>20)
	}
	return &Source{Path: path, JSON: b}, nil
}

// maxFile is far above any story's size (a story is refused past 8 MB).
const maxFile = 64 << 20

// Where names where the value at a JSON path of the story came from: its
// sheet cell for sheets, else "".
func (s *Source) Where(jsonPath string) string {
	if s == nil || s.Sheets == nil {
		return ""
	}
	if c, ok := s.Sheets.Locate(jsonPath); ok {
		return c.String()
	}
	return ""
}

// Tell is a loader problem as an editor reads it: for sheets, the cell
// first and the JSON path after; for a file, the path.
func (s *Source) Tell(p data.Problem) string {
	if w := s.Where(p.Path); w != "" {
		return w + ": " + p.Message + " (" + p.Path + ")"
	}
	return p.String()
}

// Invalid is the error Load gives for a story that cannot be shown: the
// sheets cannot make one, or the loader finds problems. Lines holds every
// problem, told where the editor can fix it.
type Invalid struct {
	Path  string
	What  string // "is not a valid story", "has sheets that cannot make a story"
	Lines []string
}

func (e *Invalid) Error() string {
	n := fmt.Sprintf("%d problems", len(e.Lines))
	if len(e.Lines) == 1 {
		n = "1 problem"
	}
	return fmt.Sprintf("%s %s (%s):\n  %s", e.Path, e.What, n, strings.Join(e.Lines, "\n  "))
}

// Load reads and loads the story at path. A story that cannot be shown
// gives *Invalid; the Source comes back whenever the path could be read.
func Load(path string, opt data.Options) (*data.Story, *Source, error) {
	src, err := Read(path)
	if err != nil {
		var ps sheets.Problems
		if errors.As(err, &ps) {
			lines := make([]string, len(ps))
			for i, p := range ps {
				lines[i] = p.String()
			}
			return nil, nil, &Invalid{Path: path, What: "has sheets that cannot make a story", Lines: lines}
		}
		return nil, nil, fmt.Errorf("story: %w", err)
	}
	s, err := data.Load(src.JSON, opt)
	var ps data.Problems
	if errors.As(err, &ps) {
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = src.Tell(p)
		}
		return nil, src, &Invalid{Path: path, What: "is not a valid story", Lines: lines}
	}
	if err != nil {
		return nil, src, fmt.Errorf("%s: %w", path, err)
	}
	return s, src, nil
}
