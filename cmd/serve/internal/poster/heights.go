package poster

import (
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
)

// The exact height table covers every whole frame width from exactFrom to
// exactTo px. The manifest's table (every tableStep px) sizes the frame
// at once but is interpolated, and the preferred height is far from
// linear in the width (it jumps where the layout changes): between its
// entries it was off by 22-72 px at the 90th percentile and up to 192 px,
// so the frame changed height when the wasm took over. The wasm searched
// for the exact height itself, some twenty-five layouts, ~125 ms of a
// first visit. With this table the page sizes the frame exactly as soon
// as the file comes, and the wasm searches only outside it (or for
// another story).
const (
	exactFrom = 240
	exactTo   = 1600
)

// heightsPattern names HeightsData's files.
const heightsPattern = "{dir}/heights.{lang}.json"

// ExactHeights is one language's preferred height at every whole width
// from From to To, as runs: Runs[i] is [first width, height], the height
// until the next run's first width (or To).
type ExactHeights struct {
	From int      `json:"from"`
	To   int      `json:"to"`
	Runs [][2]int `json:"runs"`
}

// exactHeights computes lang's table, the widths split among the CPUs
// (each part with a planner of its own: ~2.5 ms a width).
func exactHeights(story *data.Story, world *geo.World, lang string) ExactHeights {
	n := exactTo - exactFrom + 1
	parts := max(1, min(runtime.GOMAXPROCS(0), 8))
	hs := make([]float64, n)
	_ = parallel(parts, func(i int) error {
		first, last := exactFrom+i*n/parts, exactFrom+(i+1)*n/parts-1
		copy(hs[first-exactFrom:], layout.PreferredHeights(story, world, lang, first, last))
		return nil
	})
	e := ExactHeights{From: exactFrom, To: exactTo}
	for i, h := range hs {
		if i == 0 || int(h) != int(hs[i-1]) {
			e.Runs = append(e.Runs, [2]int{exactFrom + i, int(h)})
		}
	}
	return e
}

// HeightsData is lang's ExactHeights as JSON.
func HeightsData(story *data.Story, world *geo.World, lang string) ([]byte, error) {
	b, err := json.Marshal(exactHeights(story, world, lang))
	if err != nil {
		return nil, fmt.Errorf("poster heights %s: %w", lang, err)
	}
	return b, nil
}
