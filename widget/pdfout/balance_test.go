package pdfout

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`)

// contentDepths returns, for every page content stream, the q/Q nesting at
// its end and the lowest nesting seen (a negative one means a Q without q).
func contentDepths(t *testing.T, pdf []byte) (ends, lows []int) {
	t.Helper()
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue // not a deflated stream
		}
		body, err := io.ReadAll(r)
		if err != nil || !bytes.Contains(body, []byte(" m")) {
			continue // a font file, not page content
		}
		depth, low := 0, 0
		for _, tok := range bytes.Fields(body) {
			switch string(tok) {
			case "q":
				depth++
			case "Q":
				depth--
				low = min(low, depth)
			}
		}
		ends, lows = append(ends, depth), append(lows, low)
	}
	if len(ends) == 0 {
		t.Fatal("no page content stream found")
	}
	return ends, lows
}

// TestGraphicsStateBalanced guards against a clip left open: a rounded
// rectangle inside a clipped layer once opened a graphics state that was
// never closed, so every later layer (title, legend, footer) stayed inside
// the map's clip and vanished from the page.
func TestGraphicsStateBalanced(t *testing.T) {
	s := sample()
	s.Layers[0].Items = append(s.Layers[0].Items,
		&scene.Rect{X: 600, Y: 420, W: 60, H: 30, Radius: 6, Fill: &scene.Fill{Color: blue}, Stroke: &scene.Stroke{Color: ink, Width: 1}},
		&scene.Rect{X: 680, Y: 420, W: 60, H: 30, Fill: &scene.Fill{Color: red, Pattern: scene.Pattern{Kind: scene.PatternHatch, Color: ink, Spacing: 6, Width: 1}}},
		&scene.Rect{X: 520, Y: 420, W: 60, H: 30, Radius: 10, Fill: &scene.Fill{Color: red, Pattern: scene.Pattern{Kind: scene.PatternDots, Color: ink, Spacing: 6, Width: 2}}},
	)
	ends, lows := contentDepths(t, write(t, s, Options{}))
	for i := range ends {
		if ends[i] != 0 || lows[i] < 0 {
			t.Errorf("content stream %d: q/Q nesting ends at %d (lowest %d), want 0 (never below 0)", i, ends[i], lows[i])
		}
	}
}
