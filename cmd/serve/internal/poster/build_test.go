package poster

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
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
		if story, err = data.Default(); err != nil {
			return
		}
		set, err = Build(story, world)
	})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestBuildMakesEveryVariant(t *testing.T) {
	s := built(t)
	want := len(story.Events) * len(story.Langs) * len(Themes) * len(Widths)
	if len(s.Files) != want {
		t.Fatalf("%d posters, want %d", len(s.Files), want)
	}
	names := map[string]bool{}
	for _, f := range s.Files {
		names[f.Name] = true
		if !bytes.HasPrefix(f.Data, []byte("<?xml")) || !bytes.Contains(f.Data, []byte("</svg>")) {
			t.Errorf("%s is not a whole SVG document", f.Name)
		}
		if len(f.Data) > 400_000 {
			t.Errorf("%s is %d bytes; a poster should stay small", f.Name, len(f.Data))
		}
	}
	for _, n := range []string{"posters/guaido-claim.es.light.360.svg", "posters/oas-resolution-2020.ru.dark.1280.svg"} {
		if !names[n] {
			t.Errorf("no %s", n)
		}
	}
}

// TestPosterShowsTheStep checks a poster's content, not just its form: the
// Spanish poster of 23 January 2019 has the Spanish headline, Brazil drawn
// in the Guaidó colour and Russia in the Maduro colour.
func TestPosterShowsTheStep(t *testing.T) {
	s := built(t)
	var svg string
	for _, f := range s.Files {
		if f.Name == "posters/guaido-claim.es.light.700.svg" {
			svg = string(f.Data)
		}
	}
	if svg == "" {
		t.Fatal("poster missing")
	}
	i, _ := story.FindEvent("guaido-claim")
	head := story.Events[i].Headline.In("es", "en")
	if !strings.Contains(svg, strings.Fields(head)[0]) {
		t.Errorf("poster lacks the Spanish headline %q", head)
	}
	for code, side := range map[string]string{"BRA": "guaido", "RUS": "maduro"} {
		col := strings.ToLower(story.Side(side).Color)
		at := strings.Index(svg, `id="c-`+code+`"`)
		if at < 0 {
			t.Errorf("no element for %s", code)
			continue
		}
		el := svg[at:]
		el = el[:strings.Index(el, ">")]
		if fill := el[strings.LastIndex(el, " d=\""):]; !strings.Contains(strings.ToLower(fill), `fill="`+col+`"`) {
			t.Errorf("%s is drawn with %.80s, want the %s colour %s", code, fill, side, col)
		}
	}
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
		if want := int(widget.PreferredHeight(story, world, float64(w), lang)); hs[(w-tableFrom)/tableStep] != want {
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
	if !strings.HasPrefix(sc, "<script>") || strings.Count(sc, "<") != 2 {
		t.Errorf("script element must hold no raw '<' but its tags: %.80s…", sc)
	}
	ns := m.Noscript()
	if !strings.Contains(ns, `src="posters/oas-resolution-2020.en.light.700.svg"`) || !strings.Contains(ns, "alt=") {
		t.Errorf("noscript: %.200s", ns)
	}
}

func BenchmarkRender(b *testing.B) {
	built(b)
	for i := 0; i < b.N; i++ {
		if _, err := Render(story, world, Variant{Event: 2, Lang: "en", Theme: "light", Width: 700}, 620, false); err != nil {
			b.Fatal(err)
		}
	}
}
