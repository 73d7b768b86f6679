//go:build unix

// Package cputime reads the CPU time of the whole process (all threads, so
// garbage collection is included). Benchmarks on a shared machine report it
// beside wall time: wall-clock MB/s depends on other load, MB per CPU second
// does not.
package cputime

import (
	"syscall"
	"time"
)

// Process is the user+system CPU time of this process so far.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
