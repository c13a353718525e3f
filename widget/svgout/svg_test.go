package svgout

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"math"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

var (
	red   = color.NRGBA{0xc2, 0x3b, 0x22, 255}
	ink   = color.NRGBA{0x22, 0x22, 0x22, 255}
	hatch = scene.Pattern{Kind: scene.PatternHatch, Color: ink, Spacing: 4, Width: 1}
)

func write(t testing.TB, s *scene.Scene, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, s, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// element is a parsed XML element, enough to inspect the output.
type element struct {
	Name     string
	Attr     map[string]string
	Text     string
	Children []*element
}

func parse(t testing.TB, b []byte) *element {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	var stack []*element
	var root *element
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, b)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			el := &element{Name: tk.Name.Local, Attr: map[string]string{}}
			for _, a := range tk.Attr {
				el.Attr[a.Name.Local] = a.Value
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.Children = append(p.Children, el)
			} else {
				root = el
			}
			stack = append(stack, el)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].Text += string(tk)
			}
		}
	}
	return root
}

func (e *element) all(name string) []*element {
	var out []*element
	if e.Name == name {
		out = append(out, e)
	}
	for _, c := range e.Children {
		out = append(out, c.all(name)...)
	}
	return out
}

func square(x, y, s float64) []scene.Point {
	return []scene.Point{{X: x, Y: y}, {X: x + s, Y: y}, {X: x + s, Y: y + s}, {X: x, Y: y + s}}
}

func sample() *scene.Scene {
	return &scene.Scene{
		W: 400, H: 300, Background: color.NRGBA{255, 255, 255, 255}, Title: `Stances <&> "2019"`,
		Layers: []scene.Layer{
			{Name: "map", Clip: &scene.Rect{X: 0, Y: 20, W: 400, H: 250}, Items: []scene.Item{
				&scene.Shape{ID: "USA", Path: scene.Path{square(10, 30, 50)}, Closed: true, Fill: &scene.Fill{Color: red, Pattern: hatch}},
				&scene.Shape{ID: "CAN", Path: scene.Path{square(70, 30, 50)}, Closed: true, Fill: &scene.Fill{Color: red, Pattern: hatch}},
				&scene.Shape{ID: "RUS", Path: scene.Path{square(130, 30, 50)}, Closed: true, Fill: &scene.Fill{Color: red}, Stroke: &scene.Stroke{Color: ink, Width: 0.5}},
				&scene.Shape{ID: "changed:USA", Path: scene.Path{square(10, 30, 50)}, Closed: true, Stroke: &scene.Stroke{Color: ink, Width: 2, Dash: []float64{4, 2}}},
				&scene.Circle{ID: "marker:MLT", Center: scene.Point{X: 200, Y: 100}, Radius: 6, Fill: &scene.Fill{Color: red, Pattern: scene.Pattern{Kind: scene.PatternDots, Color: ink, Spacing: 3, Width: 1}}},
			}},
			{Name: "chrome", Items: []scene.Item{
				&scene.Text{ID: "headline", X: 200, Y: 16, S: "Guaidó <b>sworn</b> & \"Россия\"", Size: 14, Bold: true, Color: ink, Align: scene.AlignCenter},
				&scene.Text{ID: "play.icon", X: 390, Y: 290, S: "right", Size: 10, Color: color.NRGBA{0, 0, 0, 128}, Align: scene.AlignRight},
				&scene.Rect{ID: "play.icon", X: 10, Y: 275, W: 60, H: 20, Radius: 4, Fill: &scene.Fill{Color: ink}},
			}},
		},
	}
}

func TestWellFormedAndStructure(t *testing.T) {
	b := write(t, sample(), Options{})
	root := parse(t, b)
	if root.Name != "svg" || root.Attr["viewBox"] != "0 0 400 300" || root.Attr["version"] != "1.1" {
		t.Errorf("root %s %v", root.Name, root.Attr)
	}
	if !strings.Contains(root.Attr["font-family"], "Go") {
		t.Errorf("font-family %q", root.Attr["font-family"])
	}
	if ts := root.all("title"); len(ts) != 1 || ts[0].Text != `Stances <&> "2019"` {
		t.Errorf("title = %v", ts)
	}
	texts := root.all("text")
	if len(texts) != 2 {
		t.Fatalf("%d text elements, want 2", len(texts))
	}
	if got := texts[0].Text; got != "Guaidó <b>sworn</b> & \"Россия\"" {
		t.Errorf("text content %q", got)
	}
	if texts[0].Attr["text-anchor"] != "middle" || texts[1].Attr["text-anchor"] != "end" || texts[0].Attr["font-weight"] != "bold" {
		t.Errorf("text attributes %v / %v", texts[0].Attr, texts[1].Attr)
	}
	if texts[1].Attr["fill-opacity"] != "0.50" {
		t.Errorf("translucent text fill-opacity %q", texts[1].Attr["fill-opacity"])
	}
	if len(root.all("b")) != 0 {
		t.Error("story markup leaked into the document")
	}
	if cp := root.all("clipPath"); len(cp) != 1 {
		t.Errorf("%d clipPaths, want 1", len(cp))
	}
	if g := root.all("g"); len(g) != 2 || g[0].Attr["clip-path"] != "url(#clip-0)" || g[1].Attr["clip-path"] != "" {
		t.Errorf("layer groups %v", g)
	}
	if d := root.all("g")[0].all("path")[3].Attr["stroke-dasharray"]; d != "4 2" {
		t.Errorf("dash %q", d)
	}
}

func TestPatternsDeduplicated(t *testing.T) {
	root := parse(t, write(t, sample(), Options{}))
	pats := root.all("pattern")
	if len(pats) != 2 {
		t.Fatalf("%d patterns, want 2 (hatch shared by USA and CAN, dots)", len(pats))
	}
	paths := root.all("g")[0].all("path")
	if paths[0].Attr["fill"] != "url(#pat-0)" || paths[1].Attr["fill"] != "url(#pat-0)" {
		t.Errorf("patterned fills %q %q", paths[0].Attr["fill"], paths[1].Attr["fill"])
	}
	if pats[0].Attr["patternUnits"] != "userSpaceOnUse" {
		t.Error("pattern not anchored in user space")
	}
	if len(pats[0].all("rect")) != 1 || pats[0].all("path")[0].Attr["stroke"] != "#222" {
		t.Error("hatch pattern lacks its fill rect or line colour")
	}
	if len(pats[1].all("circle")) != 1 {
		t.Error("dots pattern has no dot")
	}
}

func TestIDs(t *testing.T) {
	root := parse(t, write(t, sample(), Options{}))
	var ids []string
	seen := map[string]bool{}
	var walk func(e *element)
	walk = func(e *element) {
		if id, ok := e.Attr["id"]; ok {
			if seen[id] {
				t.Errorf("duplicate id %q", id)
			}
			seen[id] = true
			ids = append(ids, id)
		}
		for _, c := range e.Children {
			walk(c)
		}
	}
	walk(root)
	for _, want := range []string{"c-USA", "c-CAN", "changed-USA", "marker-MLT", "play.icon", "play.icon-2", "layer-map", "headline"} {
		if !seen[want] {
			t.Errorf("id %q missing; have %v", want, ids)
		}
	}
}

// With IDPrefix every id starts with it, and every reference (patterns,
// clip paths) names an id of the document.
func TestIDPrefix(t *testing.T) {
	b := write(t, sample(), Options{IDPrefix: "ov-"})
	root := parse(t, b)
	ids := map[string]bool{}
	var walk func(e *element)
	walk = func(e *element) {
		if id, ok := e.Attr["id"]; ok {
			if !strings.HasPrefix(id, "ov-") {
				t.Errorf("id %q without the prefix", id)
			}
			ids[id] = true
		}
		for _, c := range e.Children {
			walk(c)
		}
	}
	walk(root)
	for _, want := range []string{"ov-c-USA", "ov-layer-map", "ov-headline", "ov-clip-0", "ov-pat-0"} {
		if !ids[want] {
			t.Errorf("id %q missing", want)
		}
	}
	refs := regexp.MustCompile(`url\(#([^)]*)\)`).FindAllStringSubmatch(string(b), -1)
	if len(refs) < 3 {
		t.Fatalf("%d references, want the clip path's and the patterns'", len(refs))
	}
	for _, r := range refs {
		if !ids[r[1]] {
			t.Errorf("url(#%s) names no id of the document", r[1])
		}
	}
}

func TestSanitizeID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"slider.tick:3", "slider.tick-3"},
		{"9lives", "i-9lives"},
		{`a"b<c`, "a-b-c"},
		{"Россия", "i-------"},
	}
	for _, tt := range tests {
		if got := sanitizeID(tt.in); got != tt.want {
			t.Errorf("sanitizeID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapingHostileText(t *testing.T) {
	hostile := []string{
		"</text><script>alert(1)</script>",
		"]]><!ENTITY x \"y\">",
		"bell\x07 and nul\x00 and esc\x1b",
		"bad utf8 \xff\xfe here",
		"&amp; stays literal",
		"tab\tnew\nline",
	}
	for _, h := range hostile {
		s := &scene.Scene{W: 10, H: 10, Title: h, Layers: []scene.Layer{{Name: "chrome", Items: []scene.Item{
			&scene.Text{ID: h, S: h, Size: 10, Color: ink},
		}}}}
		b := write(t, s, Options{Width: h})
		root := parse(t, b) // fails the test if not well-formed
		if len(root.all("script")) != 0 {
			t.Errorf("%q: a script element got through", h)
		}
		txt := root.all("text")
		if len(txt) != 1 {
			t.Fatalf("%q: %d text elements", h, len(txt))
		}
		if strings.HasPrefix(h, "&amp;") && txt[0].Text != h {
			t.Errorf("text %q, want %q", txt[0].Text, h)
		}
	}
}

// points reads back absolute points from path data made of M, l and z.
func points(t *testing.T, d string) [][][2]float64 {
	t.Helper()
	num := regexp.MustCompile(`-?(\d+\.?\d*|\.\d+)|[MlzZ]`)
	var rings [][][2]float64
	var nums []float64
	var x, y float64
	cmd := byte(0)
	flush := func() {
		for len(nums) >= 2 {
			if cmd == 'M' {
				x, y = nums[0], nums[1]
				rings = append(rings, [][2]float64{{x, y}})
				cmd = 'l'
			} else {
				x, y = x+nums[0], y+nums[1]
				rings[len(rings)-1] = append(rings[len(rings)-1], [2]float64{x, y})
			}
			nums = nums[2:]
		}
	}
	for _, tok := range num.FindAllString(d, -1) {
		switch tok {
		case "M", "l":
			flush()
			cmd = tok[0]
		case "z", "Z":
			flush()
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				t.Fatal(err)
			}
			nums = append(nums, v)
		}
	}
	flush()
	return rings
}

func TestPathDataRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, dec := range []int{1, 2} {
		var ring []scene.Point
		for i := 0; i < 500; i++ {
			ring = append(ring, scene.Point{X: rng.Float64()*2000 - 100, Y: rng.Float64() * 0.9})
		}
		s := &scene.Scene{W: 100, H: 100, Layers: []scene.Layer{{Name: "map", Items: []scene.Item{
			&scene.Shape{Path: scene.Path{ring}, Fill: &scene.Fill{Color: red}},
		}}}}
		root := parse(t, write(t, s, Options{Decimals: dec}))
		got := points(t, root.all("g")[0].all("path")[0].Attr["d"])
		if len(got) != 1 {
			t.Fatalf("%d rings", len(got))
		}
		tol := 0.5/math.Pow(10, float64(dec)) + 1e-9
		j := 0
		for _, p := range ring {
			// Points that round onto the previous one are dropped.
			if j < len(got[0]) && math.Abs(got[0][j][0]-p.X) <= tol && math.Abs(got[0][j][1]-p.Y) <= tol {
				j++
				continue
			}
			if j > 0 && math.Abs(got[0][j-1][0]-p.X) <= tol && math.Abs(got[0][j-1][1]-p.Y) <= tol {
				continue
			}
			t.Fatalf("decimals %d: point %v not found near %v", dec, p, got[0][j])
		}
		if j != len(got[0]) {
			t.Errorf("decimals %d: %d points written, %d matched", dec, len(got[0]), j)
		}
	}
}

func TestNumberFormat(t *testing.T) {
	f := numFormat{unit: 10}
	tests := map[float64]string{0: "0", 1: "1", 1.25: "1.3", -0.5: "-.5", 0.04: "0", 12.0: "12", -3.06: "-3.1", math.NaN(): "0"}
	for in, want := range tests {
		if got := f.str(in); got != want {
			t.Errorf("str(%v) = %q, want %q", in, got, want)
		}
	}
	if got := string(f.appendSep([]byte("1.5"), 5)); got != "1.5.5" {
		t.Errorf("after a point, .5 needs no space: %q", got)
	}
	if got := string(f.appendSep([]byte("15"), 5)); got != "15 .5" {
		t.Errorf("after an integer, .5 needs a space: %q", got)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := write(t, sample(), Options{}), write(t, sample(), Options{})
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same scene differ")
	}
}

func TestEmbedFont(t *testing.T) {
	plain := write(t, sample(), Options{})
	emb := write(t, sample(), Options{EmbedFont: true})
	parse(t, emb)
	if bytes.Contains(plain, []byte("@font-face")) || !bytes.Contains(emb, []byte("@font-face{font-family:Go;font-weight:bold")) {
		t.Error("@font-face should appear only with EmbedFont")
	}
	if len(emb)-len(plain) < 200_000 {
		t.Errorf("embedded fonts add only %d bytes", len(emb)-len(plain))
	}
}

// bigScene stands in for the world map: about 250 countries with 300
// points each, borders, and a few patterns.
func bigScene() *scene.Scene {
	rng := rand.New(rand.NewPCG(5, 6))
	var items []scene.Item
	for i := 0; i < 250; i++ {
		cx, cy := rng.Float64()*1100, 60+rng.Float64()*600
		var ring []scene.Point
		for k := 0; k < 300; k++ {
			a := 2 * math.Pi * float64(k) / 300
			r := 10 + 3*math.Sin(float64(k)/3) + rng.Float64()
			ring = append(ring, scene.Point{X: cx + r*math.Cos(a), Y: cy + r*math.Sin(a)})
		}
		f := &scene.Fill{Color: red}
		if i%7 == 0 {
			f.Pattern = hatch
		}
		items = append(items, &scene.Shape{ID: fmt.Sprintf("C%02d", i%100), Path: scene.Path{ring}, Closed: true, Fill: f, Stroke: &scene.Stroke{Color: ink, Width: 0.4}})
	}
	return &scene.Scene{W: 1122.5, H: 793.7, Layers: []scene.Layer{{Name: "map", Items: items}}}
}

func TestBigSceneSize(t *testing.T) {
	b := write(t, bigScene(), Options{})
	parse(t, b)
	// 75 000 points; the world-map budget is 400 KB with the real atlas.
	if per := float64(len(b)) / 75000; per > 6 {
		t.Errorf("%d bytes, %.1f per point", len(b), per)
	}
	t.Logf("big scene: %d bytes", len(b))
}

func BenchmarkWrite(b *testing.B) {
	s := bigScene()
	var n int
	for b.Loop() {
		var buf bytes.Buffer
		Write(&buf, s, Options{})
		n = buf.Len()
	}
	b.ReportMetric(float64(n)/1000, "KB")
}
