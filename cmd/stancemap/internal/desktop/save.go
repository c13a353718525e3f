package desktop

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"github.com/stancemap/stancemap/export"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
)

// SaveScale is how many PNG pixels a saved view has per window pixel:
// twice the window, sharp enough for slides and social posts.
const SaveScale = 2

// MaxSavePixels bounds a saved view: a 24-megapixel picture (96 MB while it
// is drawn). Twice a very large window would be more; its view is saved at
// the largest scale within this.
const MaxSavePixels = 24_000_000

// SaveName returns the file name for a saved view of event in lang.
func (a *App) SaveName() string {
	ev := a.Story.Events[a.Widget.Event()]
	return "stancemap-" + ev.ID + "-" + a.Lang + ".png"
}

// SavePNG draws sc into a PNG in dir named like name, adding -1, -2… before
// the extension rather than replacing a file, and returns the path written.
func SavePNG(dir, name string, sc *scene.Scene) (string, error) {
	path, err := reserve(dir, name)
	if err != nil {
		return "", err
	}
	scale := float64(SaveScale)
	if px := sc.W * sc.H * SaveScale * SaveScale; px > MaxSavePixels {
		scale = SaveScale * math.Sqrt(MaxSavePixels/px) * 0.999 // rounding must not take it over
	}
	img := rasterout.Render(sc, scale)
	err = export.WriteFile(path, func(w io.Writer) error {
		return rasterout.EncodePNG(w, img, 96*scale)
	})
	if err != nil {
		os.Remove(path)
		return "", err
	}
	return path, nil
}

// reserve creates an empty file at the first free name (name, then name-1,
// name-2…), so no other save can take it; the atomic write replaces it.
func reserve(dir, name string) (string, error) {
	ext := filepath.Ext(name)
	stem := name[:len(name)-len(ext)]
	for i := 0; i < 10000; i++ {
		n := name
		if i > 0 {
			n = stem + "-" + strconv.Itoa(i) + ext
		}
		path := filepath.Join(dir, n)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("save: %w", err)
		}
		f.Close()
		return path, nil
	}
	return "", fmt.Errorf("save: no free name like %s in %s", name, dir)
}
