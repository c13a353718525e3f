package main

import (
	"net/http"
	"testing"
	"time"
)

// TestServerTimeouts checks that the server lets go of a client that sends
// nothing, sends slowly or idles, while leaving a slow phone time to fetch
// the wasm.
func TestServerTimeouts(t *testing.T) {
	srv := newServer(http.NotFoundHandler())
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.IdleTimeout <= 0 || srv.WriteTimeout <= 0 {
		t.Fatalf("timeouts: header %v, read %v, write %v, idle %v; want all set",
			srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
	// 13 MB (the wasm uncompressed) at 100 KB/s.
	if srv.WriteTimeout < 2*time.Minute {
		t.Errorf("WriteTimeout %v: a slow phone needs two minutes for an uncompressed wasm", srv.WriteTimeout)
	}
}
