package poster

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image/png"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
)

// OnDemand draws a story's posters when they are asked for, for a preview
// and for serve: Build draws all of them (576 for the built-in story, a
// minute of CPU) before the page can name one, and a reader sees one or
// two. Each is drawn once (both scales together) and kept; DrawAll draws
// the rest.
type OnDemand struct {
	story    *data.Story
	world    *geo.World
	manifest Manifest
	heights  Heights
	level    png.CompressionLevel

	mu    sync.Mutex
	files map[string]*drawing // by name
}

// drawing is one poster being drawn or drawn: done closes when data or
// err is set.
type drawing struct {
	done chan struct{}
	data []byte
	err  error
}

// NewOnDemand plans story's posters (see Plan) in a folder named by a hash
// of key, which must change whenever the posters would: the story's JSON
// for a preview (whose posters are never kept by a browser), and with it
// the drawing program and the PNG level for serve (whose are). level is
// the PNGs' zlib level (see Render).
func NewOnDemand(story *data.Story, world *geo.World, key []byte, level png.CompressionLevel) (*OnDemand, error) {
	m, heights, err := Plan(story, world)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(key)
	m.Dir = Dir + "/" + hex.EncodeToString(sum[:8])
	return &OnDemand{story: story, world: world, manifest: m, heights: heights, level: level, files: map[string]*drawing{}}, nil
}

// Manifest is the posters' manifest.
func (o *OnDemand) Manifest() Manifest { return o.manifest }

// File returns the poster named name (a Name in the manifest's Dir),
// drawing it and its other scale first if need be. ok is false for a name
// that is no poster of this story.
func (o *OnDemand) File(name string) (b []byte, ok bool, err error) {
	if build, ok := o.dataFile(name); ok {
		return o.once(name, build)
	}
	v, ok := o.parse(name)
	if !ok {
		return nil, false, nil
	}
	id := o.story.Events[v.Event].ID
	names := [2]string{Name(o.manifest.Dir, id, v.Lang, v.Theme, v.Width, 1), Name(o.manifest.Dir, id, v.Lang, v.Theme, v.Width, 2)}
	if name != names[0] && name != names[1] {
		return nil, false, nil // not spelled as Name spells it (a width of "0700")
	}
	o.mu.Lock()
	d := o.files[name]
	if d == nil {
		// Both scales come from one drawing, and are done together: a
		// request for one finds the other done too.
		done := make(chan struct{})
		x1, x2 := &drawing{done: done}, &drawing{done: done}
		o.files[names[0]], o.files[names[1]] = x1, x2
		go o.draw(v, names, x1, x2)
		d = o.files[name]
	}
	o.mu.Unlock()
	<-d.done
	return d.data, true, d.err
}

func (o *OnDemand) draw(v Variant, names [2]string, x1, x2 *drawing) {
	a, b, err := Render(o.story, o.world, v, o.heights.For(v.Lang, v.Width), o.level)
	x1.data, x1.err = a, err
	x2.data, x2.err = b, err
	close(x1.done) // x2's too
	if err != nil {
		// Let a later request try again.
		o.mu.Lock()
		delete(o.files, names[0])
		delete(o.files, names[1])
		o.mu.Unlock()
	}
}

// dataFile returns what makes the data file called name (see
// DataName), if it is one of the story's.
func (o *OnDemand) dataFile(name string) (func() ([]byte, error), bool) {
	for _, lang := range o.story.Langs {
		if name == DataName(tipsPattern, o.manifest.Dir, lang) {
			return func() ([]byte, error) { return Tips(o.story, o.world, lang) }, true
		}
		if name == DataName(altPattern, o.manifest.Dir, lang) {
			return func() ([]byte, error) { return AltData(o.manifest, lang) }, true
		}
		if name == DataName(heightsPattern, o.manifest.Dir, lang) {
			return func() ([]byte, error) { return HeightsData(o.story, o.world, lang) }, true
		}
	}
	for _, w := range Widths {
		if name == DataName(idsPattern, o.manifest.Dir, strconv.Itoa(w)) {
			return func() ([]byte, error) { return IDData(o.story, o.world, o.heights, w) }, true
		}
	}
	return nil, false
}

// once makes the file called name with build, once; a request meanwhile
// waits for the same, and a failure is tried again at the next.
func (o *OnDemand) once(name string, build func() ([]byte, error)) ([]byte, bool, error) {
	o.mu.Lock()
	d := o.files[name]
	if d == nil {
		d = &drawing{done: make(chan struct{})}
		o.files[name] = d
		go func() {
			d.data, d.err = build()
			close(d.done)
			if d.err != nil {
				o.mu.Lock()
				delete(o.files, name)
				o.mu.Unlock()
			}
		}()
	}
	o.mu.Unlock()
	<-d.done
	return d.data, true, d.err
}

// Names are the names of every poster of the story, both scales of one
// poster together, then the data files.
func (o *OnDemand) Names() []string {
	var names []string
	for _, e := range o.story.Events {
		for _, lang := range o.story.Langs {
			for _, th := range Themes {
				for _, w := range Widths {
					for _, scale := range Scales {
						names = append(names, Name(o.manifest.Dir, e.ID, lang, th, w, scale))
					}
				}
			}
		}
	}
	for _, lang := range o.story.Langs {
		names = append(names, DataName(tipsPattern, o.manifest.Dir, lang), DataName(altPattern, o.manifest.Dir, lang),
			DataName(heightsPattern, o.manifest.Dir, lang))
	}
	for _, w := range Widths {
		names = append(names, DataName(idsPattern, o.manifest.Dir, strconv.Itoa(w)))
	}
	return names
}

// Drawn is how many posters are drawn so far (each scale counts).
func (o *OnDemand) Drawn() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	n := 0
	for _, d := range o.files {
		select {
		case <-d.done:
			if d.err == nil {
				n++
			}
		default:
		}
	}
	return n
}

// DrawAll draws every poster not drawn yet, on GOMAXPROCS goroutines, as
// File does for a request (one that asks meanwhile waits for the same
// drawing), calling progress(done, total) after each; it returns them all
// as a Set, in Names' order.
func (o *OnDemand) DrawAll(progress func(done, total int)) (*Set, error) {
	names := o.Names()
	files := make([]File, len(names))
	var mu sync.Mutex
	done := 0
	err := parallel(len(names), func(i int) error {
		b, _, err := o.File(names[i])
		if err != nil {
			return fmt.Errorf("%s: %w", names[i], err)
		}
		files[i] = File{Name: names[i], Data: b}
		mu.Lock()
		done++
		if progress != nil {
			progress(done, len(names))
		}
		mu.Unlock()
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &Set{Files: files, Manifest: o.manifest}, nil
}

// parse reads a poster's name, DIR/EVENT.LANG.THEME.WIDTH[@2x].png, into
// a variant of this story (the event id may hold dots).
func (o *OnDemand) parse(name string) (Variant, bool) {
	rest, ok := strings.CutPrefix(name, o.manifest.Dir+"/")
	rest, ok2 := strings.CutSuffix(rest, ".png")
	if !ok || !ok2 {
		return Variant{}, false
	}
	parts := strings.Split(rest, ".")
	if len(parts) < 4 {
		return Variant{}, false
	}
	n := len(parts)
	width, scale := parts[n-1], 1
	if w, ok := strings.CutSuffix(width, "@2x"); ok {
		width, scale = w, 2
	}
	v := Variant{Lang: parts[n-3], Theme: parts[n-2], Scale: scale, Event: -1}
	var err error
	if v.Width, err = strconv.Atoi(width); err != nil || !slices.Contains(Widths, v.Width) ||
		!slices.Contains(Themes, v.Theme) || !slices.Contains(o.story.Langs, v.Lang) {
		return Variant{}, false
	}
	id := strings.Join(parts[:n-3], ".")
	for i, e := range o.story.Events {
		if e.ID == id {
			v.Event = i
		}
	}
	return v, v.Event >= 0
}
