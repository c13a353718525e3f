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
//	go run ./cmd/serve -out dist -style daily/style.json  # in a newsroom's colours and fonts
//	go run ./cmd/serve -story my-story.json   # a preview that reloads (package preview)
//	go run ./cmd/serve -floor /tmp/floor      # BENCHMARKS.md's floor probes (package floor)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/cmd/serve/internal/floor"
	"github.com/stancemap/stancemap/cmd/serve/internal/publish"
	"github.com/stancemap/stancemap/internal/buildinfo"
	"github.com/stancemap/stancemap/internal/usage"
)

func main() {
	cfg, err := parseArgs(os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return
	case err != nil:
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(2)
	case cfg.version:
		fmt.Println(buildinfo.Version("serve"))
		return
	case cfg.floor != "":
		if err := floor.Write(cfg.floor, cfg.quality, os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, "serve:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(cfg.addr, cfg.out, cfg.quality, cfg.baseURL, cfg.story, cfg.style, cfg.allow); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

// config is serve's command line.
type config struct {
	addr, out, baseURL, story, style string
	floor                            string
	quality                          int
	allow                            origins
	version                          bool
}

// newFlags is serve's flag set, writing its complaints to stderr.
func newFlags(stderr io.Writer) (*flag.FlagSet, *config) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "`host:port` to serve on (port 0 picks a free one)")
	fs.StringVar(&c.out, "out", "", "write the static bundle to `DIR` and exit instead of serving")
	fs.IntVar(&c.quality, "brotli", -1, "brotli `quality` 0–11 (default 11 with -out, 9 when serving: 11 takes ~30 s); at 10 or more the posters get zlib's best compression too")
	fs.StringVar(&c.baseURL, "base-url", "", "the bundle's public `URL` (e.g. https://example.org/stancemap/), to make the social cards' URLs absolute and write the static oEmbed answers and each step's share page; default: relative, none")
	fs.StringVar(&c.story, "story", "", "a story `FILE` (JSON, see data/FORMAT.md, or a folder of sheets): with -out, the bundle's own (the wasm embeds it, the posters show it); without, a preview of it that reloads when it changes")
	fs.StringVar(&c.style, "style", "", "a newsroom's style `FILE` (JSON: side and map colours, fonts, credit; see docs/style.md): the posters are drawn in it and the wasm built with it, its fonts cut to the story's letters")
	fs.Var(&c.allow, "allow-data", "let embed.html?data= show stories from `ORIGIN` (https://host[:port]) besides the embed's own; repeat for more")
	fs.StringVar(&c.floor, "floor", "", "for benchmarks: write to `DIR` a page of bare Ebiten programs built as the widget is (BENCHMARKS.md, the floor row) and exit")
	fs.BoolVar(&c.version, "version", false, "print which build this is and exit")
	return fs, c
}

// help is what serve -h prints, around the flags.
var help = usage.Help{
	Command:  "serve",
	Synopsis: "[-addr HOST:PORT] [-story FILE] | -out DIR [flags]",
	About: `serve builds the stancemap widget for the browser with the Go toolchain that
runs it and serves the demo article, answering at once while the wasm is
built and the posters drawn; with -out it writes the deployable static
bundle to a folder instead and exits. With -story and no -out it is a
preview of that story that reloads as the file changes.`,
	Examples: []usage.Example{
		{Args: []string{}, Note: "the demo article on http://127.0.0.1:8080/"},
		{Args: []string{"-addr", "127.0.0.1:0", "-story", "my-story.json"}, Note: "a preview of your story that reloads, on a free port"},
		{Args: []string{"-out", "dist", "-base-url", "https://example.org/stancemap/"}, Note: "the static bundle, with social cards, oEmbed answers and share pages"},
		{Args: []string{"-out", "dist", "-allow-data", "https://data.example.org"}, Note: "a bundle whose embed may show stories from another origin"},
		{Args: []string{"-out", "dist", "-style", "daily/style.json"}, Note: "the bundle in a newsroom's own colours and fonts"},
	},
}

// parseArgs reads serve's command line; asked for help, it writes it to
// stdout and returns flag.ErrHelp.
func parseArgs(args []string, stdout, stderr io.Writer) (config, error) {
	fs, c := newFlags(stderr)
	if err := usage.Parse(fs, args, help, stdout); errors.Is(err, usage.ErrBadFlags) {
		return config{}, fmt.Errorf("%w; run serve -h for help", err)
	} else if err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected arguments %q; run serve -h for help", fs.Args())
	}
	if c.floor != "" && (c.out != "" || c.story != "" || c.style != "" || c.baseURL != "" || len(c.allow) > 0) {
		return config{}, errors.New("-floor writes only the benchmark probes: it takes no -out, -story, -style, -base-url or -allow-data; run serve -h for help")
	}
	if c.quality == -1 {
		c.quality = 9
		if c.out != "" || c.floor != "" {
			c.quality = 11
		}
	}
	if c.baseURL != "" && !strings.HasSuffix(c.baseURL, "/") {
		c.baseURL += "/"
	}
	return *c, nil
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

func run(addr, out string, quality int, baseURL, storyPath, stylePath string, allowData []string) error {
	if storyPath != "" && out == "" {
		if stylePath != "" {
			return fmt.Errorf("-style: a preview shows a story as it is; give -out DIR for a styled bundle of it")
		}
		return servePreview(addr, storyPath, quality)
	}
	st, err := publish.LoadStory(storyPath)
	if err != nil {
		return err
	}
	if stylePath != "" {
		if err := st.UseStyle(stylePath, os.Stderr); err != nil {
			return err
		}
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
