package ebitenui

import "syscall/js"

// textureSide caches maxTextureSide; -1 until asked.
var textureSide = -1

// maxTextureSide is the largest texture side of the WebGL 2 context that
// Ebiten draws with (MAX_TEXTURE_SIZE, 2048 or more), or 0 if it cannot be
// read. It is asked for in Layout and Draw, when Ebiten has made that
// context (before its loop starts): asked earlier, getContext would make
// one with other attributes.
func maxTextureSide() int {
	if textureSide >= 0 {
		return textureSide
	}
	textureSide = 0
	canvas := js.Global().Get("document").Call("querySelector", "canvas")
	if !canvas.Truthy() {
		return 0
	}
	gl := canvas.Call("getContext", "webgl2")
	if !gl.Truthy() {
		return 0
	}
	if v := gl.Call("getParameter", gl.Get("MAX_TEXTURE_SIZE")); v.Type() == js.TypeNumber {
		textureSide = v.Int()
	}
	return textureSide
}
