package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/preview"
	"github.com/stancemap/stancemap/geo"
)

// servePreview serves a preview of the story at path (a file or a folder
// of sheets; see package preview) on addr until SIGINT or SIGTERM.
func servePreview(addr, path string, quality int) error {
	world, err := geo.Load()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	p, err := preview.Start(ctx, preview.Options{Path: path, World: world, Build: preview.BuildBundle(quality), Log: os.Stderr})
	if err != nil {
		return fmt.Errorf("-story: %w", err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	// Requests share ctx, so the pages' open reload streams end with it.
	srv := &http.Server{Handler: p.Handler(), ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	fmt.Printf("serving http://%s/ (a preview of %s: the page reloads when it changes)\n", displayAddr(ln.Addr().(*net.TCPAddr)), path)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
