package geom

import "image"

// MergeRects joins rectangles that overlap or lie within slack px of each
// other, so that repainting them touches each pixel once and costs few
// calls. Past 24 rectangles it returns their union.
func MergeRects(rs []image.Rectangle, slack int) []image.Rectangle {
	return MergeRectsUpTo(rs, slack, 24)
}

// MergeRectsUpTo is MergeRects returning their union past maxRects.
func MergeRectsUpTo(rs []image.Rectangle, slack, maxRects int) []image.Rectangle {
	out := make([]image.Rectangle, 0, len(rs))
	for _, r := range rs {
		if !r.Empty() {
			out = append(out, r)
		}
	}
	for merged := true; merged; {
		merged = false
		for i := 0; i < len(out) && !merged; i++ {
			for j := i + 1; j < len(out); j++ {
				if out[i].Inset(-slack).Overlaps(out[j]) {
					out[i] = out[i].Union(out[j])
					out = append(out[:j], out[j+1:]...)
					merged = true
					break
				}
			}
		}
	}
	if len(out) > maxRects {
		u := image.Rectangle{}
		for _, r := range out {
			u = u.Union(r)
		}
		return []image.Rectangle{u}
	}
	return out
}

// Minus returns the parts of r outside cut, as up to four rectangles.
func Minus(r, cut image.Rectangle) []image.Rectangle {
	in := r.Intersect(cut)
	if in.Empty() {
		return []image.Rectangle{r}
	}
	var out []image.Rectangle
	add := func(x0, y0, x1, y1 int) {
		if x0 < x1 && y0 < y1 {
			out = append(out, image.Rect(x0, y0, x1, y1))
		}
	}
	add(r.Min.X, r.Min.Y, r.Max.X, in.Min.Y) // above
	add(r.Min.X, in.Max.Y, r.Max.X, r.Max.Y) // below
	add(r.Min.X, in.Min.Y, in.Min.X, in.Max.Y)
	add(in.Max.X, in.Min.Y, r.Max.X, in.Max.Y)
	return out
}

// Area is the pixels of rs summed (overlaps counted twice: give it
// disjoint rectangles, as MergeRects returns).
func Area(rs ...image.Rectangle) int {
	a := 0
	for _, r := range rs {
		a += r.Dx() * r.Dy()
	}
	return a
}

// Halve maps a rectangle of a twice-sized image to device px, rounding out.
func Halve(r image.Rectangle) image.Rectangle {
	return image.Rect(r.Min.X>>1, r.Min.Y>>1, (r.Max.X+1)>>1, (r.Max.Y+1)>>1)
}

// Double maps a rectangle in device px to a twice-sized image.
func Double(r image.Rectangle) image.Rectangle {
	return image.Rect(2*r.Min.X, 2*r.Min.Y, 2*r.Max.X, 2*r.Max.Y)
}
