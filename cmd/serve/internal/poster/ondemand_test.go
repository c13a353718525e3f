package poster

import (
	"bytes"
	"image/png"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
)

func example(t *testing.T) (*data.Story, *geo.World, []byte) {
	t.Helper()
	b, err := os.ReadFile("../../../../data/testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	w, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	s, err := data.Load(b, data.Options{KnownCode: w.Known})
	if err != nil {
		t.Fatal(err)
	}
	return s, w, b
}

// OnDemand draws a poster only when asked, the same poster Build draws,
// once however many ask at the same time; names that are no poster of
// the story are refused.
func TestOnDemand(t *testing.T) {
	s, w, b := example(t)
	o, err := NewOnDemand(s, w, b, png.DefaultCompression)
	if err != nil {
		t.Fatal(err)
	}
	m := o.Manifest()
	if !regexp.MustCompile(`^posters/[0-9a-f]{16}$`).MatchString(m.Dir) || len(m.Events) != 2 || m.Title["es"] == "" || len(m.Alt["es"]) != 2 {
		t.Fatalf("manifest %+v", m)
	}
	if len(o.files) != 0 {
		t.Fatal("posters drawn up front")
	}
	name := Name(m.Dir, "february", "es", "dark", 700, 2)
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, ok, err := o.File(name)
			if !ok || err != nil {
				t.Errorf("File(%s): %v %v", name, ok, err)
			}
			got[i] = b
		}()
	}
	wg.Wait()
	for _, g := range got[1:] {
		if !bytes.Equal(g, got[0]) {
			t.Error("two asks got different bytes")
		}
	}
	if len(o.files) != 2 {
		t.Errorf("%d posters drawn for one asked (want it and its other scale)", len(o.files))
	}
	_, x2, err := Render(s, w, Variant{Event: 1, Lang: "es", Theme: "dark", Width: 700}, o.heights.For("es", 700), png.DefaultCompression)
	if err != nil || !bytes.Equal(x2, got[0]) {
		t.Errorf("the poster differs from Render's (%v)", err)
	}
	if img, err := png.Decode(bytes.NewReader(got[0])); err != nil || img.Bounds().Dx() != 1400 {
		t.Errorf("2x poster: %v", err)
	}
	for _, bad := range []string{
		Name(m.Dir, "nope", "es", "dark", 700, 1),
		Name(m.Dir, "february", "ru", "dark", 700, 1),
		Name(m.Dir, "february", "es", "sepia", 700, 1),
		Name(m.Dir, "february", "es", "dark", 640, 1),
		m.Dir + "/february.es.dark.0700.png",
		Name("posters/0123456789abcdef", "february", "es", "dark", 700, 1),
		m.Dir + "/x.png",
	} {
		if _, ok, _ := o.File(bad); ok {
			t.Errorf("%s is served", bad)
		}
	}
}

// DrawAll draws what Build draws, under the OnDemand's names, keeping a
// poster drawn before (a request's) and counting its progress.
func TestOnDemandDrawAll(t *testing.T) {
	s, w, b := example(t)
	o, err := NewOnDemand(s, w, b, png.DefaultCompression)
	if err != nil {
		t.Fatal(err)
	}
	m := o.Manifest()
	first, _, err := o.File(Name(m.Dir, "february", "en", "light", 360, 1))
	if err != nil || o.Drawn() != 2 {
		t.Fatalf("one poster: %v, %d drawn", err, o.Drawn())
	}
	calls, last := 0, 0
	set, err := o.DrawAll(func(done, total int) { calls, last = calls+1, done })
	if err != nil {
		t.Fatal(err)
	}
	want, err := Build(s, w, png.DefaultCompression)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Files) != len(want.Files) || o.Drawn() != len(want.Files) || calls != len(want.Files) || last != len(want.Files) {
		t.Fatalf("DrawAll: %d files, %d drawn, %d progress calls (last %d); Build: %d", len(set.Files), o.Drawn(), calls, last, len(want.Files))
	}
	byName := map[string][]byte{}
	for _, f := range set.Files {
		byName[strings.TrimPrefix(f.Name, m.Dir+"/")] = f.Data
	}
	for _, f := range want.Files {
		if got, ok := byName[strings.TrimPrefix(f.Name, want.Manifest.Dir+"/")]; !ok || !bytes.Equal(got, f.Data) {
			t.Errorf("%s: DrawAll's differs from Build's (found %v)", f.Name, ok)
		}
	}
	if !bytes.Equal(byName["february.en.light.360.png"], first) {
		t.Error("the poster asked for first was drawn again differently")
	}
}
