// Package scene is the list of things the widget draws: shapes, circles,
// rectangles and text in logical pixels, grouped in layers that a backend can
// cache. The widget model builds a Scene; the Ebiten, SVG, PNG and PDF backends
// draw it. A Scene says what to draw, never how: a backend makes no decision
// about what is shown.
package scene

import "image/color"

// Point is a position in logical pixels, x to the right and y down.
type Point struct{ X, Y float64 }

// Path is a list of rings (closed) or polylines (open), in logical pixels.
// Filled paths use the non-zero winding rule.
type Path [][]Point

// PatternKind names the texture drawn over a fill, so that sides and
// uncertain stances stay apart in greyscale print and for colour-blind readers.
type PatternKind uint8

const (
	PatternNone      PatternKind = iota
	PatternHatch                 // diagonal lines, bottom-left to top-right
	PatternBackHatch             // diagonal lines, top-left to bottom-right
	PatternCross                 // both diagonals
	PatternDots                  // a grid of dots
)

// Pattern is a texture of lines or dots in one colour, drawn over a fill.
// Spacing and Width are in logical pixels; patterns are anchored at the
// scene's origin so neighbouring shapes line up.
type Pattern struct {
	Kind    PatternKind
	Color   color.NRGBA
	Spacing float64 // distance between lines or dot centres
	Width   float64 // line width, or dot diameter
}

// Fill is a solid colour with an optional pattern over it.
type Fill struct {
	Color   color.NRGBA
	Pattern Pattern
}

// Stroke is an outline. Dash, when set, alternates on and off lengths.
type Stroke struct {
	Color color.NRGBA
	Width float64
	Dash  []float64
}

// Item is one thing to draw: a *Shape, *Circle, *Rect, *Text or *Image.
type Item interface{ item() }

// Shape is a filled and/or stroked path. Closed says whether the rings are
// closed for stroking (filled paths are always closed).
type Shape struct {
	ID     string // a country code or UI element id; may be empty
	Path   Path
	Closed bool
	Fill   *Fill
	Stroke *Stroke
	// Detail, where set, ranks Path's points for a backend that simplifies
	// shapes to its pixels; one that draws every point ignores it.
	Detail *Detail
}

// Detail ranks a path's points by how far each stands out from the
// outline a Douglas–Peucker simplification would draw without it, on
// geo's rank scale (geo.DetailRank): a simplification to a tolerance keeps
// the points ranked at least the tolerance's rank, in one pass. The map's
// countries carry the ranks of the atlas, worked out when it was built.
type Detail struct {
	// Ranks[i][j] is the rank of Path[i][j]; the closing point of a ring
	// that repeats its first may have none.
	Ranks [][]uint8
	// Scale is logical px per unit of the ranked distances (a view's scale
	// for the atlas's projected units).
	Scale float64
}

// Circle is a filled and/or stroked circle (small-state markers, play button).
type Circle struct {
	ID     string
	Center Point
	Radius float64
	Fill   *Fill
	Stroke *Stroke
}

// Rect is an axis-aligned rectangle with optional rounded corners.
type Rect struct {
	ID         string
	X, Y, W, H float64
	Radius     float64
	Fill       *Fill
	Stroke     *Stroke
}

// Align is the horizontal anchor of a Text.
type Align uint8

const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// Text is one line of text. (X, Y) is the anchor point on the baseline.
// Size is the font size in logical pixels. The layout has already measured
// and wrapped it with the same font metrics every backend uses (package glyph).
type Text struct {
	ID    string
	X, Y  float64
	S     string
	Size  float64
	Bold  bool
	Color color.NRGBA
	Align Align
}

// Image is a picture, a newsroom's logo: a PNG file scaled into the box
// X, Y, W, H (the caller keeps its aspect). It is the file, not decoded
// pixels, so that the web build, which draws no picture, links no image
// decoding for it.
type Image struct {
	ID         string
	X, Y, W, H float64
	PNG        []byte
}

func (*Shape) item()  {}
func (*Circle) item() {}
func (*Rect) item()   {}
func (*Text) item()   {}
func (*Image) item()  {}

// Layer is a group of items that change together. Key changes whenever the
// content changes, so a backend may keep a rendered copy while Key is the same.
// Clip, when set, limits the layer to a rectangle.
//
// A map layer may also say how it is made, for a backend that keeps the
// countries' shapes apart from their colours (see ebitenui's regions): its
// first Regions items are filled *Shapes, one per country (ID its code),
// which do not overlap, except that one lying inside another comes after
// it; the next Fixed items are drawn over them and are the same paths at
// every step; and Shapes is a key that changes whenever the paths of
// those items change. Between layers of one Shapes key only colours and
// patterns, and the items after them, differ. Zero Regions says nothing,
// and every backend may ignore it.
type Layer struct {
	Name    string
	Key     uint64
	Clip    *Rect
	Items   []Item
	Regions int
	Fixed   int
	Shapes  uint64
}

// Well-known layer names, bottom to top.
const (
	LayerMap     = "map"     // country shapes, borders, markers: changes with step, view, theme, size
	LayerChrome  = "chrome"  // caption, legend, slider, buttons: changes with step, focus, size
	LayerOverlay = "overlay" // hover highlight, tooltip: changes with the pointer
)

// Scene is everything drawn in one frame, W×H logical pixels; a backend
// scales it by the device pixel ratio or the print resolution.
type Scene struct {
	W, H       float64
	Background color.NRGBA
	Title      string // a text alternative for the whole picture (SVG <title>, PDF metadata)
	Layers     []Layer
}

// Layer returns the layer with the given name, or nil.
func (s *Scene) Layer(name string) *Layer {
	for i := range s.Layers {
		if s.Layers[i].Name == name {
			return &s.Layers[i]
		}
	}
	return nil
}
