// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch).
//
// The command queue's vertices and indices start empty and grow by append
// through a program's first frame, to megabytes: append grows a large
// slice by a quarter at a time, so the first frame copied each buffer
// about four times its final size and left as much garbage. In the
// browser's baseline-compiled wasm that was 60-70 ms of a first visit.
//
// Doubling still copied each buffer once over (a first frame of the demo
// grew the vertices nine times, to 575 000 floats) and touched as much
// fresh memory, which costs ~4 ms a megabyte in page faults on a small
// machine. So a buffer's first allocation is a first frame's size: memory
// the frame does not write is never touched, only reserved.

package graphicscommand

// The first capacities of the queue's buffers: a 960×600 page's first
// frame (575 000 floats of vertices, 116 000 indices) fits; a phone's at
// three device pixels a CSS pixel (1.8 million floats) doubles once.
const (
	stancemapFirstVertices = 1 << 20 // 4 MiB of float32
	stancemapFirstIndices  = 1 << 18 // 1 MiB of uint32
)

// stancemapGrow returns s with room for n more elements: first with
// capacity for first of them, then doubling its capacity when it has to
// grow.
func stancemapGrow[T any](s []T, n, first int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	c := 2 * cap(s)
	if c < first {
		c = first
	}
	if c < len(s)+n {
		c = len(s) + n
	}
	t := make([]T, len(s), c)
	copy(t, s)
	return t
}
