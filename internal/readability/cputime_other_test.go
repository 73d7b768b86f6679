//go:build !unix

package readability_test

import "time"

// processCPU is unavailable here; benchmarks then report wall-clock MB/s only.
func processCPU() time.Duration { return 0 }
