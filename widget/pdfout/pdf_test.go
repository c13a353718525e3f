package pdfout

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

var (
	white = color.NRGBA{255, 255, 255, 255}
	red   = color.NRGBA{0xd0, 0x20, 0x20, 255}
	blue  = color.NRGBA{0x20, 0x40, 0xd0, 255}
	ink   = color.NRGBA{0x10, 0x10, 0x10, 255}
)

func square(x, y, s float64) []scene.Point {
	return []scene.Point{{X: x, Y: y}, {X: x + s, Y: y}, {X: x + s, Y: y + s}, {X: x, Y: y + s}}
}

// sample has the features the print layout uses, with Russian text.
func sample() *scene.Scene {
	return &scene.Scene{
		W: 800, H: 565, Background: white, Title: "Кто поддержал Гуаидо",
		Layers: []scene.Layer{
			{Name: "map", Clip: &scene.Rect{X: 0, Y: 60, W: 800, H: 440}, Items: []scene.Item{
				&scene.Shape{ID: "USA", Path: scene.Path{square(40, 100, 200)}, Closed: true, Fill: &scene.Fill{Color: blue}, Stroke: &scene.Stroke{Color: white, Width: 1}},
				&scene.Shape{ID: "RUS", Path: scene.Path{square(300, 100, 200)}, Closed: true,
					Fill: &scene.Fill{Color: red, Pattern: scene.Pattern{Kind: scene.PatternHatch, Color: ink, Spacing: 8, Width: 2}}},
				&scene.Shape{ID: "CHN", Path: scene.Path{square(560, 100, 200)}, Closed: true,
					Fill: &scene.Fill{Color: red, Pattern: scene.Pattern{Kind: scene.PatternDots, Color: ink, Spacing: 10, Width: 4}}},
				&scene.Shape{ID: "changed:USA", Path: scene.Path{square(40, 100, 200)}, Closed: true, Stroke: &scene.Stroke{Color: ink, Width: 3, Dash: []float64{8, 4}}},
				&scene.Circle{ID: "marker:MLT", Center: scene.Point{X: 400, Y: 400}, Radius: 30, Fill: &scene.Fill{Color: blue, Pattern: scene.Pattern{Kind: scene.PatternCross, Color: white, Spacing: 6, Width: 1.5}}, Stroke: &scene.Stroke{Color: ink, Width: 1}},
				&scene.Shape{ID: "off-clip", Path: scene.Path{square(300, 520, 40)}, Closed: true, Fill: &scene.Fill{Color: red}},
			}},
			{Name: "chrome", Items: []scene.Item{
				&scene.Text{X: 400, Y: 40, S: "Россия и Венесуэла — Guaidó", Size: 28, Bold: true, Color: ink, Align: scene.AlignCenter},
				&scene.Rect{X: 20, Y: 510, W: 200, H: 40, Radius: 8, Fill: &scene.Fill{Color: color.NRGBA{0, 0, 0, 40}}, Stroke: &scene.Stroke{Color: ink, Width: 1}},
				&scene.Text{X: 780, Y: 550, S: "Source: TASS \x07 \xff 🙂", Size: 12, Color: ink, Align: scene.AlignRight},
			}},
		},
	}
}

func write(t testing.TB, s *scene.Scene, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, s, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestStructure(t *testing.T) {
	b := write(t, sample(), Options{PageW: 297, PageH: 210})
	if !bytes.HasPrefix(b, []byte("%PDF-1.")) {
		t.Errorf("starts with %q", b[:8])
	}
	for _, want := range []string{"/FontFile2", "/MediaBox [0 0 841.89 595.28]", "%%EOF"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("no %q in the PDF", want)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := write(t, sample(), Options{PageW: 210, PageH: 297}), write(t, sample(), Options{PageW: 210, PageH: 297})
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same scene differ")
	}
}

func TestFontIsSubset(t *testing.T) {
	b := write(t, sample(), Options{PageW: 297, PageH: 210})
	// Both Go fonts are ~130 KB; subsets of a few dozen glyphs are far smaller.
	if len(b) > 120_000 {
		t.Errorf("PDF is %d bytes; the fonts are not subset", len(b))
	}
}

func TestEmptyScene(t *testing.T) {
	if err := Write(&bytes.Buffer{}, &scene.Scene{}, Options{}); err == nil {
		t.Error("no error for a zero-size scene")
	}
	if err := Write(&bytes.Buffer{}, nil, Options{}); err == nil {
		t.Error("no error for a nil scene")
	}
}

// render runs pdftoppm on the PDF and returns the first page.
func render(t *testing.T, pdf []byte, dpi string) image.Image {
	t.Helper()
	bin, err := exec.LookPath("pdftoppm")
	if err != nil {
		t.Fatal("pdftoppm not found: install poppler-utils (apt-get install -y poppler-utils) to check that the PDF renders")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-png", "-r", dpi, "-singlefile", in, filepath.Join(dir, "out")).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "out.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if path := os.Getenv("PDFOUT_WRITE"); path != "" {
		g, _ := os.Create(path)
		png.Encode(g, img)
		g.Close()
	}
	return img
}

func near(c color.Color, want color.NRGBA, tol int) bool {
	r, g, b, _ := c.RGBA()
	d := math.Abs(float64(int(r>>8)-int(want.R))) + math.Abs(float64(int(g>>8)-int(want.G))) + math.Abs(float64(int(b>>8)-int(want.B)))
	return d <= float64(tol)
}

func TestRendersWithPdftoppm(t *testing.T) {
	// 297×210 mm at 72 dpi is 842×595 px: the 800×565 scene scaled by 1.0525.
	img := render(t, write(t, sample(), Options{PageW: 297, PageH: 210}), "72")
	if b := img.Bounds(); b.Dx() != 842 || b.Dy() < 595 || b.Dy() > 596 {
		t.Fatalf("page is %v", b)
	}
	k := math.Min(842.0/800, 595.0/565)
	ox, oy := (842-800*k)/2, (595-565*k)/2
	at := func(x, y float64) color.Color { return img.At(int(ox+x*k), int(oy+y*k)) }
	checks := []struct {
		x, y float64
		want color.NRGBA
		what string
	}{
		{140, 200, blue, "USA fill"},
		{20, 200, white, "background"},
		{320, 300 - 4, red, "RUS between hatch lines"}, // x+y=616, period 8√2≈11.3: 616/11.31 = 54.45, mid-gap
		{320, 520 + 20, white, "shape outside the layer clip"},
	}
	for _, c := range checks {
		if got := at(c.x, c.y); !near(got, c.want, 60) {
			t.Errorf("%s at (%v,%v): %v, want %v", c.what, c.x, c.y, got, c.want)
		}
	}
	// The hatch shows: RUS has dark pixels, USA has none.
	dark := func(x0, y0 float64) int {
		n := 0
		for y := y0 + 20; y < y0+180; y += 1 {
			for x := x0 + 20; x < x0+180; x += 1 {
				if r, g, b, _ := at(x, y).RGBA(); r+g+b < 3*0x4000 {
					n++
				}
			}
		}
		return n
	}
	if n := dark(300, 100); n < 2000 {
		t.Errorf("hatched RUS has %d dark pixels; pattern missing", n)
	}
	if n := dark(560, 100); n < 1000 {
		t.Errorf("dotted CHN has %d dark pixels; pattern missing", n)
	}
	if n := dark(40, 100); n > 0 {
		t.Errorf("plain USA has %d dark pixels", n)
	}
	// The title renders: dark pixels in its band, centred.
	left, right := 0, 0
	for y := 10.0; y < 45; y++ {
		for x := 0.0; x < 800; x++ {
			if r, _, _, _ := at(x, y).RGBA(); r < 0x4000 {
				if x < 400 {
					left++
				} else {
					right++
				}
			}
		}
	}
	if left < 300 || right < 300 {
		t.Errorf("title pixels left %d right %d; text missing or not centred", left, right)
	}
}

func BenchmarkWrite(b *testing.B) {
	s := sample()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, s, Options{PageW: 297, PageH: 210}); err != nil {
			b.Fatal(err)
		}
	}
}
