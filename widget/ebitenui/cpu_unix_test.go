//go:build unix

package ebitenui

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system time so far, including the
// software GL's own threads: steadier than wall time on a shared machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
