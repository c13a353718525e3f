package ebitenui

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// FadeDuration is how long the map's colours take to go from one step to
// the next: the old map is drawn over the new one, fading out.
const FadeDuration = 250 * time.Millisecond

// fade is a step change's cross-fade. When the map layer is redrawn at the
// pose it was drawn at (a step, theme or data change, not a pan or zoom),
// its old image is kept as from, and for FadeDuration the compositor
// draws it over the new one with an opacity falling from 1 to 0. The new
// map is drawn once, in the frame the step changes; each frame of the
// fade composites two images, which costs a software GPU a few
// milliseconds where a redraw costs it ~100.
type fade struct {
	on    bool          // Options.Transitions: off in tests, print and for reduced motion
	from  *ebiten.Image // the map as it was, device size
	layer *cachedLayer  // the map layer fading in
	start time.Time     // the frame of the redraw
	alpha float32       // from's opacity this frame; 0 when no fade runs
	// rects, when set, are the only parts of the map that fade (device
	// px, disjoint): from holds the old map there alone.
	rects []image.Rectangle
}

// active reports whether a fade is under way, so frames must go on.
func (f *fade) active() bool { return f.layer != nil }

// begin keeps cl's image as the picture to fade from and gives cl a fresh
// one to be drawn into, before a redraw at the pose cl was drawn at, in
// the frame of time now. That frame still shows the old map, so the
// screen need not be repainted there; the next one is the fade's first.
// A step change during a fade fades on from the newer map (the older
// one's part of the mix is dropped: at most a quarter second of it).
//
// With rects, only those parts of the map will change: they are copied
// into from, and cl keeps its image, which is redrawn there alone.
func (f *fade) begin(c *compositor, cl *cachedLayer, now time.Time, rects []image.Rectangle) {
	if f.from == nil || f.from.Bounds().Size() != cl.img.Bounds().Size() {
		if f.from != nil {
			f.from.Deallocate()
		}
		f.from = c.newScreenImage()
	}
	if rects == nil {
		f.from, cl.img = cl.img, f.from
	} else {
		for _, r := range rects {
			op := &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy}
			op.GeoM.Translate(float64(r.Min.X), float64(r.Min.Y))
			f.from.DrawImage(cl.img.SubImage(r).(*ebiten.Image), op)
		}
	}
	f.rects = append(f.rects[:0:0], rects...)
	if rects == nil {
		f.rects = nil
	}
	f.layer, f.start, f.alpha = cl, now, 1
}

// tick sets this frame's opacity of the old map from the time now, and
// ends the fade when it is over.
func (f *fade) tick(now time.Time) {
	if f.layer == nil {
		return
	}
	t := float32(now.Sub(f.start)) / float32(FadeDuration)
	if t >= 1 {
		f.stop()
		return
	}
	// Ease out: most of the change early, so a step feels answered.
	f.alpha = (1 - t) * (1 - t)
}

// stop ends a fade at once: the new map shows alone.
func (f *fade) stop() { f.layer, f.alpha, f.rects = nil, 0, nil }

// drawOver draws the old map over dst inside the device rectangle r (of
// the layer cl), at this frame's opacity, if cl is fading in.
func (f *fade) drawOver(dst *ebiten.Image, cl *cachedLayer, r image.Rectangle) {
	if f.layer != cl || f.alpha <= 0 || r.Empty() {
		return
	}
	if f.rects == nil {
		f.over(dst, r)
		return
	}
	for _, fr := range f.rects {
		f.over(dst, fr.Intersect(r))
	}
}

// over draws the old map's part r over dst.
func (f *fade) over(dst *ebiten.Image, r image.Rectangle) {
	if r.Empty() {
		return
	}
	o := dst.Bounds().Min
	op := &ebiten.DrawImageOptions{}
	op.ColorScale.ScaleAlpha(f.alpha)
	op.GeoM.Translate(float64(o.X+r.Min.X), float64(o.Y+r.Min.Y))
	dst.DrawImage(f.from.SubImage(r).(*ebiten.Image), op)
}

// release drops the old map's image (a reset of the compositor).
func (f *fade) release() {
	f.stop()
	if f.from != nil {
		f.from.Deallocate()
		f.from = nil
	}
}
