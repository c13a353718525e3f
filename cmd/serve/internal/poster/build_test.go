package poster

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
	"github.com/stancemap/stancemap/widget/layout"
)

var (
	once  sync.Once
	set   *Set
	story *data.Story
	world *geo.World
	err   error
)

func built(t testing.TB) *Set {
	t.Helper()
	once.Do(func() {
		if world, err = geo.Load(); err != nil {
			return
		}
		if story, err = datatest.Default(); err != nil {
			return
		}
		set, err = Build(story, world, png.DefaultCompression)
	})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestBuildMakesEveryVariant(t *testing.T) {
	s := built(t)
	// The posters, then each language's tips, text alternatives and exact
	// heights, and each width's id data.
	want := len(story.Events)*len(story.Langs)*len(Themes)*len(Widths)*len(Scales) + 3*len(story.Langs) + len(Widths)
	if len(s.Files) != want {
		t.Fatalf("%d files, want %d", len(s.Files), want)
	}
	// Every poster is in the set's folder, named by a hash of the set.
	if !regexp.MustCompile(`^posters/[0-9a-f]{16}$`).MatchString(s.Manifest.Dir) {
		t.Fatalf("manifest dir %q, want posters/ and 16 hex digits", s.Manifest.Dir)
	}
	byName := map[string][]byte{}
	total := 0
	for _, f := range s.Files {
		byName[f.Name] = f.Data
		total += len(f.Data)
		if len(f.Data) > 250_000 {
			t.Errorf("%s is %d bytes; a poster should stay small", f.Name, len(f.Data))
		}
	}
	t.Logf("%d posters, %.1f MB", len(s.Files), float64(total)/1e6)
	for _, tc := range []struct {
		name string
		w, h int
	}{
		{s.Manifest.Dir + "/guaido-claim.es.light.360.png", 360, int(layout.PreferredHeight(story, world, 360, "es"))},
		{s.Manifest.Dir + "/guaido-claim.es.light.360@2x.png", 720, 2 * int(layout.PreferredHeight(story, world, 360, "es"))},
		{s.Manifest.Dir + "/oas-resolution-2020.ru.dark.1280@2x.png", 2560, 2 * int(layout.PreferredHeight(story, world, 1280, "ru"))},
	} {
		b, ok := byName[tc.name]
		if !ok {
			t.Errorf("no %s", tc.name)
			continue
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if _, ok := img.(*image.Paletted); !ok {
			t.Errorf("%s is %T, want a paletted PNG", tc.name, img)
		}
		if got := img.Bounds().Size(); got.X != tc.w || got.Y != tc.h {
			t.Errorf("%s is %v, want %dx%d", tc.name, got, tc.w, tc.h)
		}
	}
}

// TestPosterShowsTheStep checks a poster's content, not just its form: on
// the 23 January 2019 poster Brazil is drawn in the Guaidó colour and
// Russia in the Maduro colour, at their label anchors, within the
// quantiser's error.
func TestPosterShowsTheStep(t *testing.T) {
	built(t)
	i, _ := story.FindEvent("guaido-claim")
	v := Variant{Event: i, Lang: "en", Theme: "light", Width: 1280}
	h := layout.PreferredHeight(story, world, 1280, "en")
	_, x2, err := Render(story, world, v, h, png.DefaultCompression)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(x2))
	if err != nil {
		t.Fatal(err)
	}
	w := widget.New(story, world, widget.Options{Lang: "en", Theme: "light", Event: i})
	w.Resize(1280, h, 1)
	w.Scene()
	for code, side := range map[string]string{"BRA": "guaido", "RUS": "maduro"} {
		x, y := w.View().ToScreen(world.Country(code).Anchor)
		got := color.NRGBAModel.Convert(img.At(int(2*x), int(2*y))).(color.NRGBA)
		want := hexRGB(t, story.Side(side).Color)
		if d := dist(got, want); d > 12 {
			t.Errorf("%s at (%.0f,%.0f) is %v, want the %s colour %v", code, x, y, got, side, want)
		}
	}
}

func hexRGB(t *testing.T, s string) color.NRGBA {
	var c color.NRGBA
	if _, err := fmt.Sscanf(s, "#%02x%02x%02x", &c.R, &c.G, &c.B); err != nil {
		t.Fatalf("colour %q: %v", s, err)
	}
	c.A = 255
	return c
}

func dist(a, b color.NRGBA) int {
	abs := func(v int) int { return max(v, -v) }
	return abs(int(a.R)-int(b.R)) + abs(int(a.G)-int(b.G)) + abs(int(a.B)-int(b.B))
}

func TestManifest(t *testing.T) {
	s := built(t)
	m := s.Manifest
	if len(m.Events) != len(story.Events) || m.Events[2].Date != "2019-01-23" || m.Default != len(story.Events)-1 {
		t.Errorf("events %+v default %d", m.Events, m.Default)
	}
	for _, lang := range story.Langs {
		hs := m.Heights[lang]
		if len(hs) != (tableTo-tableFrom)/tableStep+1 {
			t.Fatalf("%s: %d heights", lang, len(hs))
		}
		// Spot-check against the widget itself.
		w := 360
		if want := int(layout.PreferredHeight(story, world, float64(w), lang)); hs[(w-tableFrom)/tableStep] != want {
			t.Errorf("%s: height at %d = %d, want %d", lang, w, hs[(w-tableFrom)/tableStep], want)
		}
		if len(m.Alt[lang]) != len(story.Events) || !strings.Contains(m.Alt[lang][2], "2019") {
			t.Errorf("%s: alt texts %q", lang, m.Alt[lang])
		}
	}
	sc, err := m.Script()
	if err != nil {
		t.Fatal(err)
	}
	manifestNames(t, sc)
	alt, err := m.AltScript()
	if err != nil {
		t.Fatal(err)
	}
	for _, el := range []string{sc, alt} {
		if !strings.HasPrefix(el, "<script>") || strings.Count(el, "<") != 2 {
			t.Errorf("script element must hold no raw '<' but its tags: %.80s…", el)
		}
	}
	// The text alternatives follow the poster's script, apart from the head's manifest.
	first, _, _ := strings.Cut(m.Alt[story.Lang][m.Default], "\n") // JSON escapes the newlines
	if strings.Contains(sc, `"alt":{`) || strings.Contains(sc, first) {
		t.Errorf("the head's manifest holds the text alternatives: %.200s…", sc)
	}
	if !strings.HasPrefix(alt, "<script>window.STANCEMAP_ALT={") || !strings.Contains(alt, first) {
		t.Errorf("AltScript lacks the default step's alternative %q: %.200s…", first, alt)
	}
	if len(m.Alt[story.Lang]) != len(story.Events) {
		t.Errorf("Script emptied the manifest's alternatives")
	}
	// Only the story's language is inlined; the others are data files.
	for _, lang := range story.Langs {
		other, _, _ := strings.Cut(m.Alt[lang][m.Default], "\n")
		if inline := strings.Contains(alt, other); inline != (lang == story.Lang) {
			t.Errorf("%s: the alternative is inlined: %v", lang, inline)
		}
		b, err := AltData(m, lang)
		if err != nil {
			t.Fatal(err)
		}
		var steps []string
		if err := json.Unmarshal(b, &steps); err != nil || len(steps) != len(story.Events) || steps[m.Default] != m.Alt[lang][m.Default] {
			t.Errorf("%s: AltData %.100s… (%v)", lang, b, err)
		}
	}
	if _, err := AltData(m, "xx"); err == nil {
		t.Error("AltData of a language the story lacks: no error")
	}
	ns := m.Noscript()
	d := m.Dir + "/"
	for _, want := range []string{
		`<source media="(prefers-color-scheme: dark) and (max-width: 501px)" srcset="` + d + `a-year-on.en.dark.360.png 1x, ` + d + `a-year-on.en.dark.360@2x.png 2x">`,
		`<source media="(max-width: 836px)" srcset="` + d + `a-year-on.en.light.700.png 1x, ` + d + `a-year-on.en.light.700@2x.png 2x">`,
		`<img class="poster-img" src="` + d + `a-year-on.en.light.1280.png" srcset="`,
		`alt="27 January 2020`,
	} {
		if !strings.Contains(ns, want) {
			t.Errorf("noscript lacks %s:\n%s", want, ns)
		}
	}
	if og := m.OGImage(); og != d+"a-year-on.en.light.1280.png" {
		t.Errorf("og:image %s", og)
	}
}

func BenchmarkRender(b *testing.B) {
	world, err := geo.Load()
	if err != nil {
		b.Fatal(err)
	}
	story, err := datatest.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, level := range []png.CompressionLevel{png.DefaultCompression, png.BestCompression} {
		v := Variant{Event: 2, Lang: "en", Theme: "light", Width: 1280}
		b.Run(fmt.Sprintf("1280/level%d", -level), func(b *testing.B) {
			h := layout.PreferredHeight(story, world, float64(v.Width), v.Lang)
			var n int
			for i := 0; i < b.N; i++ {
				x1, x2, err := Render(story, world, v, h, level)
				if err != nil {
					b.Fatal(err)
				}
				n = len(x1) + len(x2)
			}
			b.ReportMetric(float64(n), "bytes")
		})
	}
}
