package cli

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// notifySignals cancels ctx on Ctrl-C (SIGINT) or SIGTERM, which CI runners
// and schedulers send; signalled returns the signal's number (2 or 15), or 0.
func notifySignals(parent context.Context) (ctx context.Context, signalled func() int, stop func()) {
	ctx, cancel := context.WithCancel(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	var got atomic.Int32
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			if sig, ok := s.(syscall.Signal); ok {
				got.Store(int32(sig))
			}
			cancel()
		case <-done:
		}
	}()
	return ctx, func() int { return int(got.Load()) }, func() {
		signal.Stop(ch)
		close(done)
		cancel()
	}
}

func signalName(sig int) string {
	if sig == int(syscall.SIGTERM) {
		return "terminated"
	}
	return "interrupted"
}
