package sheets

import (
	_ "embed"

	"github.com/stancemap/stancemap/data"
)

// templateJSON is the story `story new` starts an editor with: two
// languages, sides with labels per question, a context question, a
// doubtful cell with its note, and a correction, so every column of every
// sheet has an example.
//
//go:embed template.json
var templateJSON []byte

// Template returns the sheets of a small, complete story to start from.
func Template() ([]Sheet, error) {
	s, err := data.Load(templateJSON, data.Options{})
	if err != nil {
		return nil, err
	}
	return Export(s), nil
}
