// Command serve builds the stancemap wasm widget with the running Go
// toolchain, renders the embed's posters (a still PNG per event, language,
// theme, reference width and pixel density, drawn from the widget's own
// scene), and serves the demo article on a local address — at once: the
// wasm is built and the posters drawn meanwhile, a poster asked for first
// (package publish, Live) — or with -out writes the deployable static
// bundle to a folder, every poster drawn.
//
//	go run ./cmd/serve                 # http://127.0.0.1:8080/
//	go run ./cmd/serve -addr 127.0.0.1:0
//	go run ./cmd/serve -out dist
//	go run ./cmd/serve -out dist -allow-data https://data.example.org
//	go run ./cmd/serve -story my-story.json   # a preview that reloads (package preview)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/cmd/serve/internal/publish"
	"github.com/stancemap/stancemap/internal/buildinfo"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "`host:port` to serve on (port 0 picks a free one)")
	out := flag.String("out", "", "write the static bundle to `DIR` and exit instead of serving")
	quality := flag.Int("brotli", -1, "brotli `quality` 0–11 (default 11 with -out, 9 when serving: 11 takes ~30 s); at 10 or more the posters get zlib's best compression too")
	baseURL := flag.String("base-url", "", "the bundle's public `URL` (e.g. https://example.org/stancemap/), to make the social cards' URLs absolute and write the static oEmbed answers and each step's share page; default: relative, none")
	storyPath := flag.String("story", "", "a story `FILE` (JSON, see data/FORMAT.md, or a folder of sheets): with -out, the bundle's own (the wasm embeds it, the posters show it); without, a preview of it that reloads when it changes")
	var allow origins
	flag.Var(&allow, "allow-data", "let embed.html?data= show stories from `ORIGIN` (https://host[:port]) besides the embed's own; repeat for more")
	version := flag.Bool("version", false, "print which build this is and exit")
	flag.Parse()
	if *version {
		fmt.Println(buildinfo.Version("serve"))
		return
	}
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "serve: unexpected arguments %q\n", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	if *quality == -1 {
		*quality = 9
		if *out != "" {
			*quality = 11
		}
	}
	if *baseURL != "" && !strings.HasSuffix(*baseURL, "/") {
		*baseURL += "/"
	}
	if err := run(*addr, *out, *quality, *baseURL, *storyPath, allow); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

// origins is the repeatable -allow-data flag.
type origins []string

func (o *origins) String() string { return strings.Join(*o, " ") }

func (o *origins) Set(s string) error {
	origin, err := bundle.ParseOrigin(s)
	if err != nil {
		return err
	}
	if !slices.Contains(*o, origin) {
		*o = append(*o, origin)
	}
	return nil
}

func run(addr, out string, quality int, baseURL, storyPath string, allowData []string) error {
	if storyPath != "" && out == "" {
		return servePreview(addr, storyPath, quality)
	}
	st, err := publish.LoadStory(storyPath)
	if err != nil {
		return err
	}
	opt := publish.Options{Quality: quality, BaseURL: baseURL, AllowData: allowData}
	if out == "" {
		// The pages answer at once; the wasm and the posters follow.
		live, err := publish.StartLive(st, opt, os.Stderr)
		if err != nil {
			return err
		}
		return serve(addr, live, live.Done())
	}
	b, err := publish.Build(st, opt)
	if err != nil {
		return err
	}
	if err := b.WriteDir(out); err != nil {
		return err
	}
	fmt.Printf("wrote %d files (and their .br/.gz) to %s\n", len(b.Names()), out)
	return nil
}

// serve listens on addr, prints the URL, and serves until SIGINT/SIGTERM,
// or until made sends an error (the wasm or the posters could not be made).
func serve(addr string, h http.Handler, made <-chan error) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := newServer(h)
	fmt.Printf("serving http://%s/\n", displayAddr(ln.Addr().(*net.TCPAddr)))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	var failed error
wait:
	for {
		select {
		case err := <-errc:
			return err
		case err := <-made:
			if err == nil {
				made = nil // all made; serve on
				continue
			}
			failed = err
			break wait
		case <-ctx.Done():
			break wait
		}
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return failed
}

// Server timeouts. A reader's phone on a slow link (100 KB/s) takes about
// 25 s for the 2.4 MB brotli wasm, and a client that takes it uncompressed
// (13 MB) over two minutes; a client that sends no request, or sends it
// slowly, or keeps an idle connection, is let go.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 3 * time.Minute
	idleTimeout       = 2 * time.Minute
)

// newServer is the HTTP server for handler, with the timeouts above.
func newServer(handler http.Handler) *http.Server {
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
	}
}

// displayAddr names a wildcard listen address by loopback, which a browser
// on this machine can open.
func displayAddr(a *net.TCPAddr) string {
	if a.IP == nil || a.IP.IsUnspecified() {
		return net.JoinHostPort("127.0.0.1", fmt.Sprint(a.Port))
	}
	return a.String()
}
