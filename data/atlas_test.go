package data_test

import (
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
)

// TestDefaultAgainstAtlas loads the default story with the real world
// atlas: every country it names must be drawable.
func TestDefaultAgainstAtlas(t *testing.T) {
	w, err := geo.Load()
	if err != nil {
		t.Fatalf("geo.Load: %v", err)
	}
	if _, err := data.Load(data.DefaultJSON(), data.Options{KnownCode: w.Known}); err != nil {
		t.Fatalf("default story against the atlas: %v", err)
	}
	if !w.Known("XKX") || !w.Known("LCA") || !w.Known("MLT") {
		t.Fatal("atlas lacks Kosovo, Saint Lucia or Malta")
	}
}
