//go:build js

// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch), where Ebiten's
// image_js.go is left out. Dumping images is a debugging aid (a key named
// by an environment variable, which a page does not have); in a browser it
// zipped PNGs for a download, keeping archive/zip and a deflate encoder in
// every wasm.

package graphicscommand

import (
	"errors"
	"image"

	"github.com/hajimehoshi/ebiten/v2/internal/graphicsdriver"
)

var errNoDump = errors.New("graphicscommand: this build cannot dump images")

// Dump reports that images are not dumped in this build.
func (i *Image) Dump(graphicsDriver graphicsdriver.Graphics, path string, blackbg bool, rect image.Rectangle) (string, error) {
	return "", errNoDump
}

// DumpImages reports that images are not dumped in this build.
func DumpImages(images []*Image, graphicsDriver graphicsdriver.Graphics, dir string) (string, error) {
	return "", errNoDump
}
