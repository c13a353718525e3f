// Package geo is stancemap's world: country boundaries and names decoded
// from a generated, embedded asset, the Equal Earth projection, region
// presets, the view transform, and point -> country lookup.
package geo
