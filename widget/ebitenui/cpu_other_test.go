//go:build !unix

package ebitenui

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return 0 }
