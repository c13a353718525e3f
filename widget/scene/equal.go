package scene

import (
	"bytes"
	"slices"
)

// Same reports whether items a and b draw the same: of one kind, with
// equal fields (paths point by point, fills and strokes by value). Nil
// items are the same only as each other.
func Same(a, b Item) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	switch x := a.(type) {
	case *Shape:
		y, ok := b.(*Shape)
		return ok && (x == y || x.ID == y.ID && x.Closed == y.Closed && sameFill(x.Fill, y.Fill) &&
			SameStroke(x.Stroke, y.Stroke) && slices.EqualFunc(x.Path, y.Path, slices.Equal[[]Point]))
	case *Circle:
		y, ok := b.(*Circle)
		return ok && (x == y || x.ID == y.ID && x.Center == y.Center && x.Radius == y.Radius &&
			sameFill(x.Fill, y.Fill) && SameStroke(x.Stroke, y.Stroke))
	case *Rect:
		y, ok := b.(*Rect)
		return ok && (x == y || x.ID == y.ID && x.X == y.X && x.Y == y.Y && x.W == y.W && x.H == y.H &&
			x.Radius == y.Radius && sameFill(x.Fill, y.Fill) && SameStroke(x.Stroke, y.Stroke))
	case *Text:
		y, ok := b.(*Text)
		return ok && (x == y || *x == *y)
	case *Image:
		y, ok := b.(*Image)
		return ok && (x == y || x.ID == y.ID && x.X == y.X && x.Y == y.Y && x.W == y.W && x.H == y.H &&
			bytes.Equal(x.PNG, y.PNG))
	}
	return false
}

func sameFill(a, b *Fill) bool {
	return a == b || a != nil && b != nil && *a == *b
}

// SameStroke reports whether two strokes (either may be nil) look the same.
func SameStroke(a, b *Stroke) bool {
	return a == b || a != nil && b != nil && a.Color == b.Color && a.Width == b.Width && slices.Equal(a.Dash, b.Dash)
}
