package datatest

import (
	"sync"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
)

var (
	shippedOnce  sync.Once
	shippedStory *data.Story
	shippedWorld *geo.World
	shippedErr   error
)

// Shipped is the built-in story and the world atlas, loaded once for a
// test binary: the widget's packages test against both. A failure to load
// either fails the test.
func Shipped(t testing.TB) (*data.Story, *geo.World) {
	t.Helper()
	shippedOnce.Do(func() {
		if shippedWorld, shippedErr = geo.Load(); shippedErr != nil {
			return
		}
		shippedStory, shippedErr = Default()
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shippedStory, shippedWorld
}
