//go:build !unix

// Package cputime reads the CPU time of the whole process; where the system
// does not say, benchmarks report wall time only.
package cputime

import "time"

// Process is 0: the CPU time is unavailable here.
func Process() time.Duration { return 0 }
