//go:build !unix

package segment

import "time"

// cpuTime is not measured on this platform; the MB/cpu-s metric is omitted.
func cpuTime() time.Duration { return 0 }
