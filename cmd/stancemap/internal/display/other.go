//go:build !((linux && !android) || freebsd || netbsd || openbsd || dragonfly)

package display

// needsDisplay: elsewhere the window system is always there.
const needsDisplay = false
