package export

import (
	"errors"
	"image/gif"
	"io"
	"time"

	"github.com/stancemap/stancemap/export/palette"
	"github.com/stancemap/stancemap/widget/rasterout"
	"github.com/stancemap/stancemap/widget/scene"
)

// gifColours is the size of each frame's palette, the most a GIF has.
const gifColours = 256

// EncodeGIF draws each scene as one frame of a looping animated GIF, shown
// for delay each and the last for lastDelay. Each frame is quantised as a
// poster is (package palette), to its own palette: its flat colours stay
// exact and its anti-aliased edges smooth, and only one frame's pixels are
// held at a time.
func EncodeGIF(w io.Writer, frames []*scene.Scene, scale float64, delay, lastDelay time.Duration) error {
	if len(frames) == 0 {
		return errors.New("gif: no frames")
	}
	anim := &gif.GIF{}
	for i, s := range frames {
		anim.Image = append(anim.Image, palette.Quantize(rasterout.Render(s, scale), gifColours))
		d := delay
		if i == len(frames)-1 {
			d = lastDelay
		}
		anim.Delay = append(anim.Delay, int(d/(10*time.Millisecond)))
	}
	return gif.EncodeAll(w, anim)
}
