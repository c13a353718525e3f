//go:build !js

package ebitenui

// maxTextureSide is the GPU's largest texture side, or 0 where it is not
// known: a desktop GPU's is 8192 or more, past the scratch image's limit.
func maxTextureSide() int { return 0 }
