package data

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// LoadFile reads and loads the story at path, or the embedded default story
// when path is "". An invalid story gives one error that names the file and
// lists every problem on its own line, ready for a command's stderr.
func LoadFile(path string, opt Options) (*Story, error) {
	b, name := DefaultJSON(), "the built-in story"
	if path != "" {
		var err error
		if b, err = os.ReadFile(path); err != nil {
			return nil, fmt.Errorf("story: %w", err)
		}
		name = path
	}
	return LoadNamed(b, name, opt)
}

// LoadNamed loads the story in b, as LoadFile does with a file's bytes:
// errors name the story by name.
func LoadNamed(b []byte, name string, opt Options) (*Story, error) {
	story, err := Load(b, opt)
	var ps Problems
	if errors.As(err, &ps) {
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = "  " + p.String()
		}
		return nil, fmt.Errorf("%s is not a valid story (%d problems):\n%s", name, ps.Total(), strings.Join(lines, "\n"))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return story, nil
}
