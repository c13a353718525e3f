package main

import (
	"bytes"
	"errors"
	"flag"
	"github.com/stancemap/stancemap/internal/usage"
	"io"
	"net/http"
	"strings"
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

// TestHelp checks -h: the help on stdout, every flag named, and every
// example accepted as serve would read it; a bad flag is an error.
func TestHelp(t *testing.T) {
	var out, errs bytes.Buffer
	if _, err := parseArgs([]string{"-h"}, &out, &errs); !errors.Is(err, flag.ErrHelp) || errs.Len() != 0 {
		t.Fatalf("-h: err %v, stderr %q", err, errs.String())
	}
	s := out.String()
	if !strings.HasPrefix(s, "usage: serve ") || !strings.Contains(s, "examples:\n  serve ") {
		t.Errorf("no synopsis or examples:\n%s", s)
	}
	fs, _ := newFlags(io.Discard)
	if missing := usage.Unnamed(s, fs); len(missing) > 0 {
		t.Errorf("help does not name %v", missing)
	}
	if err := help.Check(func(args []string) error {
		_, err := parseArgs(args, io.Discard, io.Discard)
		return err
	}); err != nil {
		t.Error(err)
	}
	for _, args := range [][]string{{"-zoom"}, {"stray"}, {"-allow-data", "ftp://x"}} {
		if _, err := parseArgs(args, io.Discard, io.Discard); err == nil || errors.Is(err, flag.ErrHelp) {
			t.Errorf("%q: err %v, want a usage error", args, err)
		}
	}
}

// TestFloorAlone checks that -floor, which writes only the benchmark
// probes, refuses the flags of a bundle rather than ignoring them, and
// writes its files at the bundle's brotli quality.
func TestFloorAlone(t *testing.T) {
	c, err := parseArgs([]string{"-floor", "probes"}, io.Discard, io.Discard)
	if err != nil || c.floor != "probes" || c.quality != 11 {
		t.Fatalf("-floor probes: %+v, %v", c, err)
	}
	for _, args := range [][]string{{"-floor", "p", "-out", "dist"}, {"-floor", "p", "-story", "s.json"}, {"-floor", "p", "-allow-data", "https://x.example"}} {
		if _, err := parseArgs(args, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "-floor") {
			t.Errorf("%q: err %v, want one naming -floor", args, err)
		}
	}
}
