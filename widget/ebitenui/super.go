package ebitenui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// shrinkSrc averages each 2×2 block of its source: the last step of drawing
// at twice the size for anti-aliasing. A linear filter at half scale would
// make Ebiten build a mipmap of the whole source on every change.
const shrinkSrc = `//kage:unit pixels
package main

func Fragment(dstPos vec4, srcPos vec2, color vec4) vec4 {
	a := imageSrc0UnsafeAt(srcPos + vec2(-0.5, -0.5))
	b := imageSrc0UnsafeAt(srcPos + vec2(0.5, -0.5))
	c := imageSrc0UnsafeAt(srcPos + vec2(-0.5, 0.5))
	d := imageSrc0UnsafeAt(srcPos + vec2(0.5, 0.5))
	return (a + b + c + d) / 4
}
`

// shrinker draws parts of a twice-sized image at device size.
type shrinker struct {
	shader *ebiten.Shader
	vs     [4]ebiten.Vertex
	is     [6]uint16
}

func newShrinker() *shrinker {
	sh, err := ebiten.NewShader([]byte(shrinkSrc))
	if err != nil {
		panic("ebitenui: shrink shader: " + err.Error()) // a constant source: a bug, not input
	}
	return &shrinker{shader: sh, is: [6]uint16{0, 1, 2, 1, 2, 3}}
}

// draw composites the part r (device px) of the twice-sized src over dst,
// whose origin is at off.
func (s *shrinker) draw(dst, src *ebiten.Image, r image.Rectangle, off image.Point) {
	if r.Empty() {
		return
	}
	d := r.Add(off)
	sr := double(r)
	for i, c := range [4][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		v := &s.vs[i]
		v.DstX = float32(d.Min.X + c[0]*d.Dx())
		v.DstY = float32(d.Min.Y + c[1]*d.Dy())
		v.SrcX = float32(sr.Min.X + c[0]*sr.Dx())
		v.SrcY = float32(sr.Min.Y + c[1]*sr.Dy())
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = 1, 1, 1, 1
	}
	op := &ebiten.DrawTrianglesShaderOptions{}
	op.Images[0] = src.SubImage(sr).(*ebiten.Image)
	dst.DrawTrianglesShader(s.vs[:], s.is[:], s.shader, op)
}
