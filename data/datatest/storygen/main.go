// Command storygen writes a synthetic story at the loader's limits
// (datatest.AtLimits, with every country of the world atlas) to stdout: the
// largest story the embed accepts, for the browser test that measures its
// memory (e2e/safety.test.mjs) and for trying the widget by hand.
//
//	go run ./data/datatest/storygen > limits.json
package main

import (
	"fmt"
	"os"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
)

func main() {
	world, err := geo.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, "storygen:", err)
		os.Exit(1)
	}
	codes := make([]string, len(world.Countries))
	for i, c := range world.Countries {
		codes[i] = c.Code
	}
	if _, err := os.Stdout.Write(datatest.Story(datatest.AtLimits(codes))); err != nil {
		fmt.Fprintln(os.Stderr, "storygen:", err)
		os.Exit(1)
	}
}
