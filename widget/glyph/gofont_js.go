//go:build js

package glyph

import _ "embed"

// The Go fonts cut to GoSubsetRanges in the subset format: 47 KB of
// brotli for both, where the font files took 113 KB of the wasm's.
var (
	//go:embed gofont/regular.sub
	goRegularSub []byte
	//go:embed gofont/bold.sub
	goBoldSub []byte
)

// goFont loads Go Regular or Go Bold from their cut: the same outlines,
// advances and kerning as the font files give, for the letters kept.
func goFont(bold bool) (*Font, error) {
	if bold {
		return ParseGenerated(goBoldSub, nil)
	}
	return ParseGenerated(goRegularSub, nil)
}
