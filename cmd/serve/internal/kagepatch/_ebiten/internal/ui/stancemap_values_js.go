//go:build js

// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch). The two tables of
// keyboard codes (keys_js.go, input_js.go) are map literals of strings
// passed through stancemapValues, instead of literals whose every value is
// a js.ValueOf call: Go initialises a large literal of constants with a
// loop over static arrays, where the calls made the package's init a
// 66 KB function that V8 optimised at each first visit (0.56 s of
// TurboFan on a worker, on a two-core machine the start-up's CPU).

package ui

import "syscall/js"

// stancemapValues returns m with its strings as JavaScript values, which
// the tables' users compare with Equal.
func stancemapValues(m map[Key]string) map[Key]js.Value {
	out := make(map[Key]js.Value, len(m))
	for k, v := range m {
		out[k] = js.ValueOf(v)
	}
	return out
}
