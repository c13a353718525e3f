//go:build js && wasm

package main

import "github.com/stancemap/stancemap/data"

// styleStory gives the story the newsroom style a bundle was built with:
// serve -style replaces this file in its wasm build with one that carries
// the style (cmd/serve/internal/publish, style.go). A build without a
// style has none, and its wasm carries no style code.
func styleStory(*data.Story) error { return nil }
