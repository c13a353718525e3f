// Command serve builds the stancemap wasm widget with the running Go
// toolchain, renders the embed's posters (a still PNG per event, language,
// theme, reference width and pixel density, drawn from the widget's own
// scene), and serves
// the demo article on a local address, or with -out writes the deployable
// static bundle to a folder.
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
	"image/png"
	"maps"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
	"github.com/stancemap/stancemap/cmd/serve/internal/share"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/story"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "`host:port` to serve on (port 0 picks a free one)")
	out := flag.String("out", "", "write the static bundle to `DIR` and exit instead of serving")
	quality := flag.Int("brotli", -1, "brotli `quality` 0–11 (default 11 with -out, 9 when serving: 11 takes ~30 s); at 10 or more the posters get zlib's best compression too")
	baseURL := flag.String("base-url", "", "the bundle's public `URL` (e.g. https://example.org/stancemap/), to make the social cards' URLs absolute and write the static oEmbed answers; default: relative, none")
	storyPath := flag.String("story", "", "a story `FILE` (JSON, see data/FORMAT.md, or a folder of sheets): with -out, the bundle's own (the wasm embeds it, the posters show it); without, a preview of it that reloads when it changes")
	var allow origins
	flag.Var(&allow, "allow-data", "let embed.html?data= show stories from `ORIGIN` (https://host[:port]) besides the embed's own; repeat for more")
	flag.Parse()
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
	st, err := loadStory(storyPath)
	if err != nil {
		return err
	}
	b, err := build(quality, baseURL, st, allowData)
	if err != nil {
		return err
	}
	if out != "" {
		if err := b.WriteDir(out); err != nil {
			return err
		}
		fmt.Printf("wrote %d files (and their .br/.gz) to %s\n", len(b.Names()), out)
		return nil
	}
	return serve(addr, b)
}

// bundleStory is the story a bundle is made for: its JSON, and the story
// and world it loads into. custom marks a -story file, which replaces the
// built-in story in the wasm's build.
type bundleStory struct {
	json   []byte
	story  *data.Story
	world  *geo.World
	custom bool
}

// loadStory reads and checks the story at path, or the built-in one when
// path is "" (path may be a folder of sheets): a story the wasm would
// reject stops the build here, with every problem where it can be fixed.
func loadStory(path string) (*bundleStory, error) {
	world, err := geo.Load()
	if err != nil {
		return nil, err
	}
	st := &bundleStory{json: data.DefaultJSON(), world: world}
	if path != "" {
		s, src, err := story.Load(path, data.Options{KnownCode: world.Known})
		if err != nil {
			return nil, fmt.Errorf("-story: %w", err)
		}
		st.json, st.story, st.custom = src.JSON, s, true
		return st, nil
	}
	if st.story, err = data.LoadNamed(st.json, "the built-in story", data.Options{KnownCode: world.Known}); err != nil {
		return nil, err
	}
	return st, nil
}

// build compiles the wasm and assembles the bundle, reporting progress on
// stderr.
func build(quality int, baseURL string, st *bundleStory, allowData []string) (*bundle.Bundle, error) {
	tc, err := bundle.FindToolchain()
	if err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	root, err := tc.ModuleRoot(wd)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	var replace map[string][]byte
	if st.custom {
		replace = map[string][]byte{"data/default.json": st.json}
	}
	wasm, err := tc.BuildWasm(root, os.Stderr, replace)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "built %s: %.2f MB in %s\n", bundle.WasmName(wasm), mb(len(wasm)), since(start))
	exec, err := tc.WasmExec()
	if err != nil {
		return nil, err
	}
	start = time.Now()
	src := bundle.Sources{Root: root, Wasm: wasm, WasmExec: exec, AllowData: allowData}
	level := png.DefaultCompression
	if quality >= 10 {
		level = png.BestCompression
	}
	if err := addPosters(&src, level, baseURL, st); err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "rendered %d posters in %s\n", len(src.Generated), since(start))
	start = time.Now()
	b, err := bundle.Assemble(src, quality)
	if err != nil {
		return nil, err
	}
	w := b.Wasm()
	fmt.Fprintf(os.Stderr, "compressed %s: br %.2f MB (quality %d), gzip %.2f MB in %s\n",
		w.Name, mb(len(w.Br)), quality, mb(len(w.Gz)), since(start))
	return b, nil
}

// addPosters renders the story's posters into src and fills the pages'
// markers with their manifest, the noscript poster, the embed page's title
// and the social cards (package share, which also gives the static oEmbed
// answers and the handler for the oEmbed endpoint and each step's card).
func addPosters(src *bundle.Sources, level png.CompressionLevel, baseURL string, st *bundleStory) error {
	cache := newPosterCache(st.json, []byte{byte(-level)})
	set, ok := cache.load()
	if !ok {
		var err error
		if set, err = poster.Build(st.story, st.world, level); err != nil {
			return err
		}
		cache.store(set)
	}
	for _, f := range set.Files {
		src.Generated = append(src.Generated, &bundle.File{Name: f.Name, Data: f.Data})
	}
	script, err := set.Manifest.Script()
	if err != nil {
		return err
	}
	alt, err := set.Manifest.AltScript()
	if err != nil {
		return err
	}
	site, err := share.New(st.story, st.world, set.Manifest, baseURL)
	if err != nil {
		return err
	}
	answers, err := site.Files()
	if err != nil {
		return err
	}
	src.Generated = append(src.Generated, answers...)
	src.Inserts = map[string]string{
		"manifest": script, "alt": alt, "noscript": set.Manifest.Noscript(), "title": set.Manifest.TitleElement(),
	}
	maps.Copy(src.Inserts, site.Inserts())
	src.Serve = site.Handler
	return nil
}

// serve listens on addr, prints the URL, and serves until SIGINT/SIGTERM.
func serve(addr string, b *bundle.Bundle) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := newServer(b.Handler())
	fmt.Printf("serving http://%s/\n", displayAddr(ln.Addr().(*net.TCPAddr)))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
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

func mb(n int) float64 { return float64(n) / 1e6 }

func since(t time.Time) time.Duration { return time.Since(t).Round(10 * time.Millisecond) }
