// Package publish makes the bundle of a story, as serve serves it or
// writes it with -out: it loads and checks the story, compiles the wasm
// (with the story in place of the built-in one, for a -story file),
// renders the posters or takes them from the cache of an earlier run,
// fills the pages with the poster manifest and the social cards, and
// assembles and compresses the files (package bundle). Served, the pages
// answer at once, the posters are drawn as asked for and the wasm and
// the rest of the posters made in the background (StartLive).
package publish

import (
	"fmt"
	"image/png"
	"maps"
	"os"
	"time"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
	"github.com/stancemap/stancemap/cmd/serve/internal/share"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/story"
)

// Story is the story a bundle is made for: its JSON, and the story and
// world it loads into. custom marks a -story file, which replaces the
// built-in story in the wasm's build.
type Story struct {
	json   []byte
	story  *data.Story
	world  *geo.World
	custom bool
	// wasmStyle is wasm/style.go with a newsroom's style baked in (see
	// UseStyle); nil for none.
	wasmStyle []byte
}

// LoadStory reads and checks the story at path, or the built-in one when
// path is "" (path may be a folder of sheets): a story the wasm would
// reject stops the build here, with every problem where it can be fixed.
func LoadStory(path string) (*Story, error) {
	world, err := geo.Load()
	if err != nil {
		return nil, err
	}
	st := &Story{json: data.DefaultJSON(), world: world}
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

// Options are a bundle's choices besides its story.
type Options struct {
	// Quality is the brotli quality, 0–11; at 10 or more the posters get
	// zlib's best compression too.
	Quality int
	// BaseURL is the bundle's public URL, ending in "/", which makes the
	// social cards' URLs absolute and adds the static oEmbed answers and
	// the share pages (a card and a link for each step); "" keeps them
	// relative and writes none.
	BaseURL string
	// AllowData are the origins besides the embed's own whose stories
	// embed.html?data= may show (see bundle.Sources).
	AllowData []string
}

// Build compiles the wasm, draws every poster and assembles the bundle of
// st, reporting progress on stderr: the static bundle, complete (serve
// -out). StartLive is the server's, which answers before.
func Build(st *Story, opt Options) (*bundle.Bundle, error) {
	start := time.Now()
	src, err := bundle.Compile(os.Stderr, st.replacements())
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "built %s: %.2f MB in %s\n", bundle.WasmName(src.Wasm), mb(len(src.Wasm)), since(start))
	start = time.Now()
	src.AllowData = opt.AllowData
	if err := addPosters(&src, level(opt.Quality), opt.BaseURL, st); err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "rendered %d posters in %s\n", len(src.Generated), since(start))
	start = time.Now()
	b, err := bundle.Assemble(src, opt.Quality)
	if err != nil {
		return nil, err
	}
	w := b.Wasm()
	fmt.Fprintf(os.Stderr, "compressed %s: br %.2f MB (quality %d), gzip %.2f MB in %s\n",
		w.Name, mb(len(w.Br)), opt.Quality, mb(len(w.Gz)), since(start))
	return b, nil
}

// addPosters renders the story's posters into src, or takes them from the
// cache, and fills the pages' markers from their manifest (fillPages).
func addPosters(src *bundle.Sources, level png.CompressionLevel, baseURL string, st *Story) error {
	cache := newPosterCache(st.json, []byte{byte(-level)}, st.wasmStyle)
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
	return fillPages(src, baseURL, st, set.Manifest)
}

// fillPages fills the pages' markers with the posters' manifest m, the
// noscript poster, the embed page's title and the social cards (package
// share, which also gives the static oEmbed answers, the share pages and
// the handler for the oEmbed endpoint and each step's card): all of it
// from the manifest, none from a drawn poster.
func fillPages(src *bundle.Sources, baseURL string, st *Story, m poster.Manifest) error {
	script, err := m.Script()
	if err != nil {
		return err
	}
	alt, err := m.AltScript()
	if err != nil {
		return err
	}
	site, err := share.New(st.story, st.world, m, baseURL)
	if err != nil {
		return err
	}
	answers, err := site.Files()
	if err != nil {
		return err
	}
	src.Generated = append(src.Generated, answers...)
	src.Inserts = map[string]string{
		"manifest": script, "alt": alt, "noscript": m.Noscript(), "title": m.TitleElement(),
	}
	maps.Copy(src.Inserts, site.Inserts())
	src.Serve = site.Handler
	return nil
}

// level is the posters' zlib level for a brotli quality.
func level(quality int) png.CompressionLevel {
	if quality >= 10 {
		return png.BestCompression
	}
	return png.DefaultCompression
}

func mb(n int) float64 { return float64(n) / 1e6 }

func since(t time.Time) time.Duration { return time.Since(t).Round(10 * time.Millisecond) }
