//go:build !js

package glyph

import (
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// goFont parses Go Regular or Go Bold from their font files: every glyph,
// and the file itself for PDF's embedded subsets.
func goFont(bold bool) (*Font, error) {
	if bold {
		return Parse(gobold.TTF)
	}
	return Parse(goregular.TTF)
}
