//go:build (linux && !android) || freebsd || netbsd || openbsd || dragonfly

package display

// needsDisplay: Ebiten's GLFW opens an X11 display on these systems.
const needsDisplay = true
