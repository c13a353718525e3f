// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch).
//
// The command queue's vertices and indices start empty and grow by append
// through a program's first frame, to megabytes: append grows a large
// slice by a quarter at a time, so the first frame copied each buffer
// about four times its final size and left as much garbage. In the
// browser's baseline-compiled wasm that was 60-70 ms of a first visit.

package graphicscommand

// stancemapGrow returns s with room for n more elements, doubling its
// capacity when it has to grow.
func stancemapGrow[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	c := 2 * cap(s)
	if c < len(s)+n {
		c = len(s) + n
	}
	t := make([]T, len(s), c)
	copy(t, s)
	return t
}
