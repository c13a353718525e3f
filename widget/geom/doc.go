// Package geom is the display-free geometry the backends share: scene
// items flattened to polygons (circles, rounded rectangles and text as
// glyph outlines, within one Tolerance), dash patterns cut into runs, the
// simplification of map shapes, and the rectangle arithmetic of
// repainting. The Ebiten backend (ebitenui) and the raster backend
// (rasterout) draw from it, so screen and print trace the same polygons,
// and its tests need no display.
package geom
