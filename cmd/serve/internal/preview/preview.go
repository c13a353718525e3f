// Package preview serves a story under edit — a story file or a folder of
// spreadsheet sheets — for `serve -story FILE`: it answers at once, with a
// page that lists the story's problems and warnings (package check) above
// the embed; the embed's wasm is the ordinary one, which reads the story
// at start through data=story.json; posters are drawn when a page asks for
// them (poster.OnDemand), not all up front; and when the story changes on
// disk, the page reloads. Building the full bundle with the story compiled
// in, which takes minutes, is left to `serve -story FILE -out DIR`.
package preview

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/story"
	"github.com/stancemap/stancemap/story/check"
	"github.com/stancemap/stancemap/story/sheets"
	"github.com/stancemap/stancemap/story/watch"
)

// StoryURL is where the preview serves the story, relative to the embed:
// the embed page's data=.
const StoryURL = "story.json"

// Inserts fill the embed page's markers for a preview: the manifest and
// the text alternatives come from scripts the preview serves for the
// story of the moment, so the page itself never changes while the story
// does, and there is no social card or noscript poster to draw.
var Inserts = map[string]string{
	"manifest":    `<script src="_preview/manifest.js"></script>`,
	"alt":         `<script src="_preview/alt.js"></script>`,
	"noscript":    "",
	"card":        "",
	"articlecard": "",
	"heading":     "stancemap preview",
	"title":       "<title>stancemap preview</title>",
}

// Options set a preview up.
type Options struct {
	Path  string     // a story file or a folder of sheets
	World *geo.World // the atlas the story is checked against
	// Build makes the bundle the embed is served from, with Inserts; it
	// runs once, in the background (BuildBundle compiles the wasm).
	Build func(inserts map[string]string) (*bundle.Bundle, error)
	Log   io.Writer     // reloads and progress; nil for none
	Poll  time.Duration // how often the story is looked at; 0 is watch.Interval
}

// Server is a running preview.
type Server struct {
	opt     Options
	started time.Time

	mu      sync.RWMutex
	cur     *version
	changed chan struct{} // closed when cur is replaced

	ready    chan struct{} // closed once the bundle is built or failed
	bundle   *bundle.Bundle
	buildErr error
}

// version is the story as read once.
type version struct {
	n       int
	at      time.Time
	took    time.Duration
	json    []byte       // nil when it could not be read
	readErr error        // the file could not be read (not a problem of the story)
	report  check.Report // problems, warnings and, when it loads, the story
	notes   []string     // how sheets were read
	// planned closes once posters, manifest and alt are set: planning
	// measures the widget's height at 35 widths per language (1.7 s for the
	// built-in story), which the page and the check need not wait for.
	planned  chan struct{}
	posters  *poster.OnDemand
	manifest []byte // window.STANCEMAP_POSTERS=…; (nil without a story)
	alt      []byte // window.STANCEMAP_ALT=…;
}

// Start reads the story, starts watching it until ctx ends, and starts
// building the bundle. It fails only when the path cannot be read at all:
// a story with problems is served with its problems listed.
func Start(ctx context.Context, opt Options) (*Server, error) {
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	s := &Server{opt: opt, started: time.Now(), changed: make(chan struct{}), ready: make(chan struct{})}
	v := s.read(1)
	if v.readErr != nil {
		return nil, v.readErr
	}
	s.cur = v
	s.logVersion(v)
	watch.Watch(ctx, opt.Path, opt.Poll, s.reload)
	go func() {
		s.bundle, s.buildErr = opt.Build(Inserts)
		close(s.ready)
		if s.buildErr != nil {
			fmt.Fprintf(opt.Log, "preview: the embed cannot be served: %v\n", s.buildErr)
		}
	}()
	return s, nil
}

// read reads and checks the story, and plans its posters.
func (s *Server) read(n int) *version {
	start := time.Now()
	v := &version{n: n, at: start, planned: make(chan struct{})}
	defer func() { v.took = time.Since(start) }()
	src, err := story.Read(s.opt.Path)
	var ps sheets.Problems
	switch {
	case errors.As(err, &ps):
		for _, p := range ps {
			v.report.Problems = append(v.report.Problems, check.Finding{Kind: check.Problem, Where: p.Cell.String(), Message: p.Message})
		}
		close(v.planned)
		return v
	case err != nil:
		v.readErr = err
		close(v.planned)
		return v
	}
	v.json = src.JSON
	if src.Sheets != nil {
		v.notes = src.Sheets.Notes
	}
	v.report = check.Check(src.JSON, check.Options{KnownCode: s.opt.World.Known, Where: src.Where})
	if v.report.Story == nil {
		close(v.planned)
		return v
	}
	go s.plan(v)
	return v
}

// plan plans v's posters and makes the embed page's scripts of them.
func (s *Server) plan(v *version) {
	defer close(v.planned)
	start := time.Now()
	p, err := poster.NewOnDemand(v.report.Story, s.opt.World, v.json, png.DefaultCompression)
	if err != nil {
		fmt.Fprintf(s.opt.Log, "preview: no posters: %v\n", err)
		return
	}
	m := p.Manifest()
	m.Story = StoryURL
	alt := m.Alt
	m.Alt = nil
	v.posters, v.manifest, v.alt = p, script("STANCEMAP_POSTERS", m), script("STANCEMAP_ALT", alt)
	fmt.Fprintf(s.opt.Log, "preview: planned the posters of version %d in %s\n", v.n, time.Since(start).Round(time.Millisecond))
}

// script is JavaScript setting window[name] to v.
func script(name string, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte("null") // maps of strings and ints always marshal
	}
	return append(append([]byte("window."+name+"="), b...), ';', '\n')
}

// reload reads the story again after a change on disk; a new version
// reloads the pages.
func (s *Server) reload() {
	s.mu.RLock()
	cur := s.cur
	s.mu.RUnlock()
	v := s.read(cur.n + 1)
	if same(v, cur) {
		return // saved without a change
	}
	s.mu.Lock()
	s.cur = v
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
	s.logVersion(v)
}

// same reports whether two reads found the same story, or the same
// trouble.
func same(a, b *version) bool {
	if fmt.Sprint(a.readErr) != fmt.Sprint(b.readErr) || string(a.json) != string(b.json) || len(a.report.Problems) != len(b.report.Problems) {
		return false
	}
	for i, p := range a.report.Problems {
		if p != b.report.Problems[i] {
			return false
		}
	}
	return true
}

func (s *Server) logVersion(v *version) {
	switch {
	case v.readErr != nil:
		fmt.Fprintf(s.opt.Log, "preview: %v\n", v.readErr)
	default:
		fmt.Fprintf(s.opt.Log, "preview: read %s (version %d, %s): %d problems, %d warnings\n",
			s.opt.Path, v.n, v.took.Round(time.Millisecond), len(v.report.Problems), len(v.report.Warnings))
	}
}

// versionID names a version for the pages: its number, after the time
// this server started, so that a page of an earlier run of the server
// reloads too.
func (s *Server) versionID(v *version) string {
	return strconv.FormatInt(s.started.UnixMilli(), 36) + "." + strconv.Itoa(v.n)
}

// planned is the story as last read, once its posters are planned (nil
// when the request ends first).
func (s *Server) planned(r *http.Request) *version {
	v, _ := s.current()
	select {
	case <-v.planned:
		return v
	case <-r.Context().Done():
		return nil
	}
}

// current is the story as last read, and a channel closed when it changes.
func (s *Server) current() (*version, <-chan struct{}) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur, s.changed
}
