package publish

import (
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
)

// Live is the bundle of a story as serve serves it without -out. It
// answers at once: a cold start drew all 576 posters (25 s on two cores)
// and compiled the wasm (26 s with an empty Go build cache, 1 s with a
// warm one) before the page could answer. Now the pages wait for nothing
// drawn or compiled (the posters' manifest is planned, not drawn, and
// names the wasm by a name of this run, bundle.RunWasmName); a poster is
// drawn when asked for (poster.OnDemand); the wasm is compiled in the
// background, and a request for it waits for it; then the other posters
// are drawn, with a progress line, and kept in the cache for the next run.
type Live struct {
	pages    atomic.Pointer[http.Handler] // the bundle without the wasm and the posters
	wasmName string
	posters  posterFiles
	quality  int      // brotli's, for the posters' data files
	data     sync.Map // a data file's name → its *bundle.File, compressed once

	wasmReady chan struct{} // closed once wasm or wasmErr is set
	wasm      http.Handler
	wasmErr   error

	done chan error // gets nil once everything is made, or the error that stopped it
}

// posterFiles gives a poster by its name: drawn on demand, or from the
// cache. ok is false for a name that is no poster of the story.
type posterFiles interface {
	File(name string) (b []byte, ok bool, err error)
}

// StartLive plans st's posters (or takes them from the cache), assembles
// the pages and starts making the rest in the background, reporting on
// log (a terminal gets the posters' progress on one line).
func StartLive(st *Story, opt Options, log io.Writer) (*Live, error) {
	if st.custom {
		// A -story file is served by package preview; its wasm must not
		// take the built-in story's place silently.
		return nil, fmt.Errorf("publish: a live bundle shows the built-in story")
	}
	tc, src, err := bundle.Locate()
	if err != nil {
		return nil, err
	}
	build := func() ([]byte, error) { return tc.BuildWasm(src.Root, "./wasm", os.Stderr, st.replacements()) }
	return startLive(st, opt, src, build, log)
}

// startLive is StartLive with the Sources but for the wasm, and what
// builds it.
func startLive(st *Story, opt Options, src bundle.Sources, build func() ([]byte, error), log io.Writer) (*Live, error) {
	start := time.Now()
	lvl := level(opt.Quality)
	cache := newPosterCache(st.json, []byte{byte(-lvl)}, st.wasmStyle)
	l := &Live{wasmName: bundle.RunWasmName(), quality: opt.Quality, wasmReady: make(chan struct{}), done: make(chan error, 1)}
	var (
		m      poster.Manifest
		ondem  *poster.OnDemand
		cached bool
		err    error
	)
	if set, ok := cache.load(); ok {
		m, l.posters, cached = set.Manifest, newSetFiles(set), true
	} else {
		key := make([]byte, 16) // a run's own, without a cache key
		_, _ = rand.Read(key)   // never fails (crypto/rand)
		if cache != nil {
			key = cache.key
		}
		if ondem, err = poster.NewOnDemand(st.story, st.world, key, lvl); err != nil {
			return nil, err
		}
		m, l.posters = ondem.Manifest(), ondem
	}
	src.WasmName = l.wasmName
	src.AllowData = opt.AllowData
	if err := fillPages(&src, opt.BaseURL, st, m); err != nil {
		return nil, err
	}
	b, err := bundle.Assemble(src, opt.Quality)
	if err != nil {
		return nil, err
	}
	h := b.Handler()
	l.pages.Store(&h)
	how := "drawn when asked for"
	if cached {
		how = "from the cache"
	}
	fmt.Fprintf(log, "pages ready in %s; posters %s; building the wasm\n", since(start), how)
	go l.finish(build, src, opt.Quality, ondem, cache, log)
	return l, nil
}

// finish builds and compresses the wasm, then draws the posters not drawn
// yet (when ondem is not nil) and keeps them in cache.
func (l *Live) finish(build func() ([]byte, error), src bundle.Sources, quality int, ondem *poster.OnDemand, cache *posterCache, log io.Writer) {
	start := time.Now()
	wasm, err := build()
	if err == nil {
		fmt.Fprintf(log, "built %s: %.2f MB in %s (served as %s)\n", bundle.WasmName(wasm), mb(len(wasm)), since(start), l.wasmName)
		start = time.Now()
		f := &bundle.File{Name: l.wasmName, Data: wasm}
		if err = bundle.Precompress(f, quality); err == nil {
			l.wasm = f.Handler()
			fmt.Fprintf(log, "compressed the wasm: br %.2f MB (quality %d), gzip %.2f MB in %s\n", mb(len(f.Br)), quality, mb(len(f.Gz)), since(start))
			// The pages again, now that they can say what the wasm
			// weighs (the data-saver button).
			src.WasmBytes = len(f.Br)
			if b, err := bundle.Assemble(src, quality); err == nil {
				h := b.Handler()
				l.pages.Store(&h)
			}
		}
	}
	l.wasmErr = err
	close(l.wasmReady)
	if err != nil {
		l.done <- err
		return
	}
	if ondem != nil {
		start = time.Now()
		set, err := ondem.DrawAll(progressLine(log))
		if err != nil {
			l.done <- fmt.Errorf("posters: %w", err)
			return
		}
		cache.store(set)
		fmt.Fprintf(log, "drew the posters (%d) in %s\n", len(set.Files), since(start))
	}
	fmt.Fprintln(log, "ready: the wasm is built and every poster drawn")
	l.done <- nil
}

// Done gets nil once the wasm is built and every poster drawn, or the
// error that stopped either (the server has nothing to serve then).
func (l *Live) Done() <-chan error { return l.done }

// ServeHTTP serves the wasm once it is built, the posters as they are
// drawn, and the rest from the pages' bundle.
func (l *Live) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	switch {
	case name == l.wasmName:
		select {
		case <-l.wasmReady:
		case <-r.Context().Done():
			return
		}
		if l.wasmErr != nil {
			http.Error(w, "the wasm could not be built: "+l.wasmErr.Error(), http.StatusServiceUnavailable)
			return
		}
		l.wasm.ServeHTTP(w, r)
	case strings.HasPrefix(name, poster.Dir+"/"):
		b, ok, err := l.posters.File(name)
		switch {
		case !ok:
			(*l.pages.Load()).ServeHTTP(w, r) // the bundle's 404
		case err != nil:
			http.Error(w, err.Error(), http.StatusInternalServerError)
		default:
			l.posterFile(name, b).Handler().ServeHTTP(w, r)
		}
	default:
		(*l.pages.Load()).ServeHTTP(w, r)
	}
}

// posterFile is the file to serve for the posters' folder's file name,
// whose bytes are b. The data files (JSON: a width's id images, a
// language's words and text alternatives) are compressed once and kept;
// sent as they are, they were ~160 KB of a reader's first hover. The
// PNGs are served as they are: compression would not shrink them.
func (l *Live) posterFile(name string, b []byte) *bundle.File {
	if path.Ext(name) != ".json" {
		return &bundle.File{Name: name, Data: b}
	}
	if f, ok := l.data.Load(name); ok {
		return f.(*bundle.File)
	}
	f := &bundle.File{Name: name, Data: b}
	if err := bundle.Precompress(f, l.quality); err != nil {
		return &bundle.File{Name: name, Data: b} // served whole: still right
	}
	l.data.Store(name, f)
	return f
}

// setFiles are the posters of a set.
type setFiles map[string][]byte

func newSetFiles(set *poster.Set) setFiles {
	files := setFiles{}
	for _, f := range set.Files {
		files[f.Name] = f.Data
	}
	return files
}

func (s setFiles) File(name string) ([]byte, bool, error) {
	b, ok := s[name]
	return b, ok, nil
}

// progressLine reports drawing progress on log: on a terminal one line,
// redrawn, with its count; elsewhere (a log file, a test) a line at each
// tenth.
func progressLine(log io.Writer) func(done, total int) {
	tty := false
	if f, ok := log.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return func(done, total int) {
		switch {
		case tty:
			fmt.Fprintf(log, "\rdrawing the posters: %d/%d", done, total)
			if done == total {
				fmt.Fprintln(log)
			}
		case done*10/total != (done-1)*10/total:
			fmt.Fprintf(log, "drawing the posters: %d/%d\n", done, total)
		}
	}
}
