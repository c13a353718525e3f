//go:build js

package export

import (
	"errors"
	"io"

	"github.com/stancemap/stancemap/widget/scene"
)

// writePDF is unavailable in the browser: the PDF library stays out of the
// WebAssembly build.
func writePDF(io.Writer, *scene.Scene, Size, string) error {
	return errors.New("export: PDF is not available in the browser build")
}
