//go:build unix

package readability_test

import (
	"syscall"
	"time"
)

// processCPU is the CPU time of the whole process (all threads, so GC work is included). On a
// shared machine wall-clock MB/s depends on other load; MB per CPU second does not.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
