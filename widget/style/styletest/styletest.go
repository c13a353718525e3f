// Package styletest writes a newsroom's style folder for tests: the same
// font, licence and logo wherever a test needs a style.
package styletest

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/theme"
	"golang.org/x/image/font/gofont/gomono"
)

// LogoColour is the colour of every pixel of the folder's logo.png.
var LogoColour = [3]byte{0xd0, 0x10, 0x30}

// Folder writes a style folder to a temp dir and returns the dir: Go Mono
// as the newsroom's font (mono.ttf; BSD, like the Go fonts), its licence
// (LICENCE), a 60×20 logo of LogoColour (logo.png), and files, by name
// (a style.json, say).
func Folder(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	logo := image.NewNRGBA(image.Rect(0, 0, 60, 20))
	for i := 0; i < len(logo.Pix); i += 4 {
		copy(logo.Pix[i:], []byte{LogoColour[0], LogoColour[1], LogoColour[2], 0xff})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, logo); err != nil {
		t.Fatal(err)
	}
	all := map[string][]byte{"mono.ttf": gomono.TTF, "LICENCE": []byte("Go fonts: BSD-style licence.\n"), "logo.png": buf.Bytes()}
	for name, body := range files {
		all[name] = []byte(body)
	}
	for name, b := range all {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Restore puts the default themes and fonts back when t ends: a style
// installs its own for the whole process.
func Restore(t testing.TB) {
	t.Cleanup(func() {
		theme.Install(theme.Light(), theme.Dark())
		glyph.Install(nil, nil)
	})
}
