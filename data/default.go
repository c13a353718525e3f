package data

import _ "embed"

// defaultStory is the story the widget shows when given no other: which
// governments backed Juan Guaidó or Nicolás Maduro in January 2019 and
// January 2020. Facts from a sourced fact table; text written for stancemap.
//
//go:embed default.json
var defaultStory []byte

// DefaultJSON returns a copy of the embedded default story file, e.g. as a
// template for a newsroom's own story.
func DefaultJSON() []byte { return append([]byte(nil), defaultStory...) }
