package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the test to read while the command writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// SIGTERM (what CI runners and schedulers send) ends a run like Ctrl-C: the
// documents finished so far are written as whole JSON lines and the exit
// code is 143, even while the input stream stalls.
func TestSIGTERMFlushesAndExits143(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			in, feed := io.Pipe()
			var out, errOut syncBuffer
			done := make(chan int)
			go func() {
				done <- Main([]string{"analyze", "--input", "jsonl", "--format", "jsonl", "--lang", "de", "--analyzers", "stats", "-"},
					&IOStreams{In: in, Out: &out, ErrOut: &errOut})
			}()
			for i := 0; i < 3; i++ {
				fmt.Fprintf(feed, "{\"id\":\"d%d\",\"text\":\"Ein Satz über den Streik. Noch ein Satz.\"}\n", i)
			}
			deadline := time.Now().Add(20 * time.Second)
			for strings.Count(out.String(), "\n") < 3 {
				if time.Now().After(deadline) {
					t.Fatalf("documents not written before the signal: %q", out.String())
				}
				time.Sleep(10 * time.Millisecond)
			}
			// The stream stays open: the run must not wait for more input.
			if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
				t.Fatal(err)
			}
			var code int
			select {
			case code = <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("run did not end after the signal")
			}
			feed.Close()
			if want := 128 + int(sig); code != want {
				t.Errorf("exit code %d, want %d; stderr %s", code, want, errOut.String())
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if len(lines) != 3 {
				t.Errorf("%d lines written, want the 3 finished documents:\n%s", len(lines), out.String())
			}
			for _, l := range lines {
				if !json.Valid([]byte(l)) {
					t.Errorf("invalid JSON line %q", l)
				}
			}
		})
	}
}
