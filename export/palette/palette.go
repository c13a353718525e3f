// Package palette reduces a rendered image to a palette of at most 256
// colours without dithering, for the paletted PNG posters and the frames of
// the animated GIF export. A rendered map is mostly a few exact colours
// (fills, background, text) and their anti-aliased blends: the most
// frequent colours are kept exactly, so flat fills stay flat and the files
// small.
package palette

import (
	"image"
	"image/color"
	"sort"
)

// Quantize maps img to a palette of at most n colours (2–256) without
// dithering, which keeps flat map fills flat and the PNG small. A poster is
// mostly a few exact colours (fills, background, text) plus their
// anti-aliased blends: the most frequent colours are kept exactly, and the
// rest of the palette is a median cut of the remaining colours, weighted by
// pixel count. Every pixel then takes its nearest palette colour.
func Quantize(img *image.RGBA, n int) *image.Paletted {
	n = max(2, min(n, 256))
	b := img.Bounds()
	counts := map[uint32]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):img.PixOffset(b.Max.X, y)]
		for i := 0; i < len(row); i += 4 {
			counts[pack(row[i:i+4])]++
		}
	}
	pal := palette(counts, n)
	out := image.NewPaletted(b, pal)
	index := make(map[uint32]uint8, len(counts))
	for c := range counts {
		index[c] = uint8(nearest(pal, unpack(c)))
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):img.PixOffset(b.Max.X, y)]
		dst := out.Pix[out.PixOffset(b.Min.X, y):]
		for i := 0; i < len(row); i += 4 {
			dst[i/4] = index[pack(row[i:i+4])]
		}
	}
	return out
}

type weighted struct {
	c     [4]int32
	count int
}

// palette picks n colours: a share of exact popular colours, then a
// weighted median cut of the others.
func palette(counts map[uint32]int, n int) color.Palette {
	all := make([]weighted, 0, len(counts))
	for c, k := range counts {
		all = append(all, weighted{unpack(c), k})
	}
	// Most frequent first; ties by value so the result is deterministic.
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return pack32(all[i].c) < pack32(all[j].c)
	})
	if len(all) <= n {
		pal := make(color.Palette, len(all))
		for i, w := range all {
			pal[i] = toColor(w.c)
		}
		return pal
	}
	exact := n / 2
	pal := make(color.Palette, 0, n)
	for _, w := range all[:exact] {
		pal = append(pal, toColor(w.c))
	}
	for _, box := range medianCut(all[exact:], n-exact) {
		pal = append(pal, toColor(mean(box)))
	}
	return pal
}

// medianCut splits colours into at most k boxes, each time cutting the box
// with the widest channel range at its weighted median on that channel.
func medianCut(cs []weighted, k int) [][]weighted {
	boxes := [][]weighted{cs}
	for len(boxes) < k {
		best, bestRange, ch := -1, int32(0), 0
		for i, box := range boxes {
			if len(box) < 2 {
				continue
			}
			for c := 0; c < 4; c++ {
				lo, hi := box[0].c[c], box[0].c[c]
				for _, w := range box[1:] {
					lo, hi = min(lo, w.c[c]), max(hi, w.c[c])
				}
				if hi-lo > bestRange {
					best, bestRange, ch = i, hi-lo, c
				}
			}
		}
		if best < 0 {
			break
		}
		box := boxes[best]
		sort.Slice(box, func(i, j int) bool { return box[i].c[ch] < box[j].c[ch] })
		total := 0
		for _, w := range box {
			total += w.count
		}
		cut, acc := 1, 0
		for i, w := range box {
			acc += w.count
			if acc*2 >= total {
				cut = min(max(i+1, 1), len(box)-1)
				break
			}
		}
		boxes[best] = box[:cut]
		boxes = append(boxes, box[cut:])
	}
	return boxes
}

func mean(box []weighted) [4]int32 {
	var sum [4]int64
	total := int64(0)
	for _, w := range box {
		for c := 0; c < 4; c++ {
			sum[c] += int64(w.c[c]) * int64(w.count)
		}
		total += int64(w.count)
	}
	var m [4]int32
	for c := 0; c < 4; c++ {
		m[c] = int32((sum[c] + total/2) / total)
	}
	return m
}

// nearest is the index of the palette colour closest to c (squared
// distance over premultiplied RGBA, as the image stores it).
func nearest(pal color.Palette, c [4]int32) int {
	best, bestD := 0, int64(-1)
	for i, p := range pal {
		q := p.(color.RGBA)
		d := sq(c[0]-int32(q.R)) + sq(c[1]-int32(q.G)) + sq(c[2]-int32(q.B)) + sq(c[3]-int32(q.A))
		if bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

func sq(v int32) int64 { return int64(v) * int64(v) }

func pack(p []uint8) uint32 {
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
}

func pack32(c [4]int32) uint32 {
	return uint32(c[0])<<24 | uint32(c[1])<<16 | uint32(c[2])<<8 | uint32(c[3])
}

func unpack(v uint32) [4]int32 {
	return [4]int32{int32(v >> 24), int32(v >> 16 & 0xff), int32(v >> 8 & 0xff), int32(v & 0xff)}
}

func toColor(c [4]int32) color.Color {
	return color.RGBA{uint8(c[0]), uint8(c[1]), uint8(c[2]), uint8(c[3])}
}
