package poster

import (
	"bytes"
	"encoding/json"
	"github.com/stancemap/stancemap/data/datatest"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/layout"
)

// idBudget is the most one width's id data may weigh as served (brotli at
// the quality generated files get).
const idBudget = 30 << 10

// at decodes the id image's cell at x, y.
func (im IDImage) at(x, y int) int {
	f := strings.Fields(im.Rows[y])
	end := 0
	for k := 0; k+1 < len(f); k += 2 {
		n, _ := strconv.Atoi(f[k+1])
		end += n
		if x < end {
			id, _ := strconv.Atoi(f[k])
			return id
		}
	}
	return 0
}

func idFile(t *testing.T, width int) IDFile {
	t.Helper()
	built(t)
	_, heights, err := Plan(story, world)
	if err != nil {
		t.Fatal(err)
	}
	b, err := IDData(story, world, heights, width)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, 5)
	_, _ = w.Write(b)
	_ = w.Close()
	t.Logf("ids at %d px: %d bytes, %d brotli", width, len(b), buf.Len())
	if buf.Len() > idBudget {
		t.Errorf("the id data at %d px is %d bytes brotli, over its budget of %d", width, buf.Len(), idBudget)
	}
	var f IDFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestIDsNameTheCountryThere checks each width's id data against the
// world: every step and language has the layout of its poster (the
// poster's own size, the map box the still draws in), each row spans the
// map, and a point projected from inside a country finds that country,
// a small state its marker.
func TestIDsNameTheCountryThere(t *testing.T) {
	built(t) // loads world and story, also when this test runs alone
	index := map[string]int{}
	for i, c := range world.Countries {
		index[c.Code] = i + 1
	}
	for _, width := range Widths {
		f := idFile(t, width)
		for _, lang := range story.Langs {
			if len(f.Layouts[lang]) != len(story.Events) {
				t.Fatalf("%d px %s: %d layouts for %d steps", width, lang, len(f.Layouts[lang]), len(story.Events))
			}
			for i, l := range f.Layouts[lang] {
				if l.W != float64(width) || l.H != layout.PreferredHeight(story, world, float64(width), lang) || l.Map.W <= 0 || len(l.Ticks) != len(story.Events) {
					t.Errorf("%d px %s step %d: layout %vx%v, map %+v, %d ticks", width, lang, i, l.W, l.H, l.Map, len(l.Ticks))
				}
			}
		}
		for key, im := range f.IDs {
			if len(im.Rows) != im.H {
				t.Fatalf("%s: %d rows, want %d", key, len(im.Rows), im.H)
			}
			for y, r := range im.Rows {
				sum, fields := 0, strings.Fields(r)
				for k := 1; k < len(fields); k += 2 {
					n, _ := strconv.Atoi(fields[k])
					sum += n
				}
				if r != "" && sum != im.W {
					t.Fatalf("%s row %d spans %d cells, want %d", key, y, sum, im.W)
				}
			}
			ws, hs, _ := strings.Cut(key, "x")
			w, err1 := strconv.ParseFloat(ws, 64)
			h, err2 := strconv.ParseFloat(hs, 64)
			if err1 != nil || err2 != nil {
				t.Fatalf("id image key %q", key)
			}
			v := layout.FitRegion("world", layout.Rect{W: w, H: h})
			for _, tc := range []struct {
				code     string
				lon, lat float64
			}{{"BRA", -50, -10}, {"RUS", 90, 62}, {"AUS", 134, -25}, {"USA", -100, 40}, {"MLT", 14.4, 35.9}, {"", -30, 0}} {
				x, y := v.ToScreen(geo.EqualEarth(orb.Point{tc.lon, tc.lat}))
				got := im.at(int(x/im.Cell), int(y/im.Cell))
				want := index[tc.code]
				if got != want {
					name := "none"
					if got > 0 {
						name = world.Countries[got-1].Code
					}
					t.Errorf("%d px %s: (%v, %v) is %s, want %q", width, key, tc.lon, tc.lat, name, tc.code)
				}
			}
		}
	}
}

// TestTipsSayWhatTheLiveTooltipSays checks a language's tips: a step per
// event with its announcement, and a country's lines as the live map's
// tooltip words them.
func TestTipsSayWhatTheLiveTooltipSays(t *testing.T) {
	built(t)
	b, err := Tips(story, world, "es")
	if err != nil {
		t.Fatal(err)
	}
	var f TipsFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Steps) != len(story.Events) || len(f.Tips) != len(story.Events) || len(f.Codes) != len(world.Countries) || len(f.Names) != len(f.Codes) {
		t.Fatalf("%d steps, %d tip rows, %d codes, %d names", len(f.Steps), len(f.Tips), len(f.Codes), len(f.Names))
	}
	k := -1
	for i, c := range f.Codes {
		if c == "BRA" {
			k = i
		}
	}
	if k < 0 || f.Names[k] != "Brasil" {
		t.Fatalf("Brazil at %d, named %q", k, f.Names[max(k, 0)])
	}
	last := len(story.Events) - 1
	row := f.Tips[last]
	side, say := f.Text[row[3*k]], f.Text[row[3*k+2]]
	if !strings.HasPrefix(say, "{name}: ") || side == "" || !strings.HasPrefix(f.Steps[last].Announce, f.Steps[last].Date+": ") {
		t.Errorf("Brazil at the last step: side %q, announcement %q; step announced %q", side, say, f.Steps[last].Announce)
	}
	if f.UI["prevStep"] != "Paso anterior" || f.UI["loadMap"] == "" {
		t.Errorf("ui %v", f.UI)
	}
}

// TestIDsFollowTheStoryView checks that a story opening on a region gets
// id images of that region's view, as its posters show it: Brazil's
// middle, where the Americas view puts it, names Brazil.
func TestIDsFollowTheStoryView(t *testing.T) {
	shipped, world := datatest.Shipped(t)
	am := *shipped
	am.View = "americas"
	const w, h = 700.0, 320.0
	im := IDs(&am, world, w, h, 2)
	v := layout.FitRegion("americas", layout.Rect{W: w, H: h})
	x, y := v.ToScreen(geo.EqualEarth(orb.Point{-50, -10}))
	if got := im.at(int(x/im.Cell), int(y/im.Cell)); got == 0 || world.Countries[got-1].Code != "BRA" {
		t.Errorf("the Americas view's Brazil is id %d", got)
	}
	wv := layout.FitRegion("world", layout.Rect{W: w, H: h})
	if wx, wy := wv.ToScreen(geo.EqualEarth(orb.Point{-50, -10})); math.Hypot(wx-x, wy-y) < 20 {
		t.Fatalf("Brazil sits where it would at the world view (%.0f, %.0f): the test proves nothing", wx, wy)
	}
}
