package desktop

import (
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

func TestThemeParsing(t *testing.T) {
	gtk := map[string]bool{"Adwaita:dark": true, "adwaita:DARK ": true, "Adwaita": false, "": false, "dark": false}
	for v, want := range gtk {
		if got := themeFromGTK(v); got != want {
			t.Errorf("themeFromGTK(%q) = %v, want %v", v, got, want)
		}
	}
	cs := map[string]bool{"'prefer-dark'\n": true, "'default'\n": false, "'prefer-light'": false, "": false}
	for v, want := range cs {
		if got := themeFromColorScheme(v); got != want {
			t.Errorf("themeFromColorScheme(%q) = %v, want %v", v, got, want)
		}
	}
}

// Saving never replaces a file: the second and third saves get -1 and -2.
func TestSavePNGNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	sc := &scene.Scene{W: 20, H: 10}
	want := []string{"m.png", "m-1.png", "m-2.png"}
	if err := os.WriteFile(filepath.Join(dir, "keep.png"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		path, err := SavePNG(dir, "m.png", sc)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(path) != w {
			t.Errorf("saved as %s, want %s", filepath.Base(path), w)
		}
		img := readPNG(t, path)
		if img.Bounds().Dx() != 20*SaveScale {
			t.Errorf("%s is %v wide, want %d", w, img.Bounds().Dx(), 20*SaveScale)
		}
	}
	if _, err := SavePNG(dir, "keep.png", sc); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "keep.png")); string(b) != "mine" {
		t.Errorf("keep.png was replaced")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 5 {
		t.Errorf("dir has %d files, want 5 (no temporary files left)", len(entries))
	}
}

// A view of a very large window is saved at a lower scale than twice its
// size, within MaxSavePixels, instead of a picture that exhausts memory.
func TestSavePNGCapsTheSize(t *testing.T) {
	dir := t.TempDir()
	path, err := SavePNG(dir, "big.png", &scene.Scene{W: 6000, H: 4000})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatal(err)
	}
	if px := cfg.Width * cfg.Height; px > MaxSavePixels || px < MaxSavePixels*9/10 || math.Abs(float64(cfg.Width)/float64(cfg.Height)-1.5) > 0.01 {
		t.Errorf("saved %d×%d px; want the window's shape, near and within %d px", cfg.Width, cfg.Height, MaxSavePixels)
	}
}
