// Package atlas is what the widget knows of the world atlas beyond package
// geo: which countries it leaves off the map, and facts about the atlas
// that no view changes (each ring's size, which countries lie inside a
// larger one's bound), worked out once per world instead of at every map
// build.
package atlas

// hidden are atlas countries left off the map: Antarctica takes a fifth of
// the height and has no government to take sides.
var hidden = map[string]bool{"ATA": true}

// Hidden reports whether country code is left off the map: not drawn, not
// hit, not counted and not found by name.
func Hidden(code string) bool { return hidden[code] }
