//go:build !stancemapgen

// Package stancemapglsl is stancemap's, added to a copy of Ebiten for the
// browser build only (see cmd/serve/internal/kagepatch), where the OpenGL
// driver imports it under the name glsl: the GLSL of every precompiled
// program was written when the wasm was built (stancemapgen, with
// Ebiten's shaderir/glsl), so the wasm carries neither that writer nor the
// regexp package it uses. stancemapgen runs before this package can build,
// hence its constraint.
package stancemapglsl

import (
	"github.com/hajimehoshi/ebiten/v2/internal/shaderir"
	"github.com/hajimehoshi/ebiten/v2/internal/shaderir/glsl"
)

// Compile returns p's GLSL for WebGL 2 (GLSL ES 3.00, the only version
// Ebiten asks for in a browser). Any other program or version gets a
// shader whose compile error says why.
func Compile(p *shaderir.Program, version glsl.GLSLVersion) (vertexShader, fragmentShader string) {
	if s, ok := programs[p.SourceHash]; ok && version == glsl.GLSLVersionES300 {
		return pool[s[0]], pool[s[1]]
	}
	const missing = "#error stancemap: this build has no GLSL for this shader and version\n"
	return missing, missing
}
