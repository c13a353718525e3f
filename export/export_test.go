package export

import (
	"bytes"
	"encoding/csv"
	"image/gif"
	"image/png"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/compose"
)

var (
	loadOnce sync.Once
	story    *data.Story
	world    *geo.World
	loadErr  error
)

func job(t testing.TB, size Size) Job {
	t.Helper()
	loadOnce.Do(func() {
		world, loadErr = geo.Load()
		if loadErr == nil {
			story, loadErr = data.Load(data.DefaultJSON(), data.Options{KnownCode: world.Known})
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return Job{Story: story, World: world, Size: size, Print: compose.PrintOptions{Event: 1, Lang: "en"}}
}

func a4(t testing.TB, dpi float64) Size {
	s, err := PaperSize("a4", true, dpi)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		path string
		want Format
		err  string
	}{
		{"map.png", PNG, ""}, {"out/MAP.SVG", SVG, ""}, {"a.b.pdf", PDF, ""}, {"x.csv", CSV, ""}, {"post.gif", GIF, ""},
		{"map.jpg", "", "unknown format .jpg"}, {"map", "", "no file extension"},
	}
	for _, tt := range tests {
		got, err := FormatOf(tt.path)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("FormatOf(%q) = %q, %v; want %q, %q", tt.path, got, err, tt.want, tt.err)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"png": PNG, "SVG": SVG, ".pdf": PDF, "csv": CSV, "gif": GIF, "jpg": "", "": ""} {
		got, err := ParseFormat(in)
		if got != want || (err == nil) != (want != "") {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
		if err != nil && !strings.Contains(err.Error(), "png|svg|pdf|csv|gif") {
			t.Errorf("ParseFormat(%q): %v does not list the formats", in, err)
		}
	}
	for f, bin := range map[Format]bool{PNG: true, PDF: true, GIF: true, SVG: false, CSV: false} {
		if f.Binary() != bin {
			t.Errorf("%s.Binary() = %v", f, !bin)
		}
	}
}

func TestSizes(t *testing.T) {
	s := a4(t, 300)
	if w, h := s.Pixels(); w != 3508 || h != 2480 {
		t.Errorf("A4 landscape at 300 dpi is %d×%d px, want 3508×2480", w, h)
	}
	if s.PageW != 297 || s.PageH != 210 {
		t.Errorf("A4 landscape page %v×%v mm", s.PageW, s.PageH)
	}
	p, _ := PaperSize("Letter", false, 150)
	if w, h := p.Pixels(); w != 1275 || h != 1650 {
		t.Errorf("letter at 150 dpi is %d×%d", w, h)
	}
	bad := []func() error{
		func() error { _, err := PaperSize("a5", false, 300); return err },
		func() error { _, err := PaperSize("a3", false, 5000); return err },
		func() error { _, err := PaperSize("a3", true, 1200); return err }, // too many pixels
		func() error { _, err := PixelSize(0, 100, 96); return err },
		func() error { _, err := PixelSize(100, 100, 0); return err },
		func() error { _, err := PixelSize(100000, 100000, 96); return err },
	}
	for i, f := range bad {
		if f() == nil {
			t.Errorf("bad size %d accepted", i)
		}
	}
}

func TestWriteAllFormats(t *testing.T) {
	px, _ := PixelSize(600, 400, 96)
	for _, f := range formats {
		t.Run(string(f), func(t *testing.T) {
			j := job(t, px)
			var buf bytes.Buffer
			if err := Write(&buf, f, j); err != nil {
				t.Fatal(err)
			}
			b := buf.Bytes()
			switch f {
			case PNG:
				img, err := png.Decode(bytes.NewReader(b))
				if err != nil || img.Bounds().Dx() != 600 {
					t.Errorf("png: %v %v", err, img.Bounds())
				}
			case SVG:
				if !bytes.Contains(b, []byte(`<svg`)) || !bytes.Contains(b, []byte(`id="c-VEN"`)) {
					t.Error("svg lacks the root or Venezuela")
				}
			case PDF:
				if !bytes.HasPrefix(b, []byte("%PDF")) || !bytes.Contains(b, []byte("/FontFile2")) {
					t.Error("pdf lacks header or embedded font")
				}
			case CSV:
				rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				if len(rows) != len(world.Countries)+1 || rows[0][0] != "code" {
					t.Errorf("csv: %d rows for %d countries, header %v", len(rows), len(world.Countries), rows[0])
				}
			case GIF:
				g, err := gif.DecodeAll(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				if len(g.Image) != len(story.Events) {
					t.Errorf("gif: %d frames for %d events", len(g.Image), len(story.Events))
				}
			}
		})
	}
}

func TestWriteDeterministic(t *testing.T) {
	px, _ := PixelSize(500, 300, 96)
	for _, f := range []Format{PNG, SVG, PDF} {
		var a, b bytes.Buffer
		if err := Write(&a, f, job(t, px)); err != nil {
			t.Fatal(err)
		}
		Write(&b, f, job(t, px))
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: same job, different bytes", f)
		}
	}
}

// TestWorldMapSizes records the vector sizes against the budget (SVG ≤ 400 KB).
func TestWorldMapSizes(t *testing.T) {
	j := job(t, a4(t, 300))
	for _, f := range []Format{SVG, PDF} {
		var buf bytes.Buffer
		if err := Write(&buf, f, j); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s A4 world map: %d KB", f, buf.Len()/1024)
		if f == SVG && buf.Len() > 400*1024 {
			t.Errorf("SVG is %d KB, over the 400 KB budget", buf.Len()/1024)
		}
		if dir := os.Getenv("EXPORT_WRITE"); dir != "" {
			os.WriteFile(dir+"/world."+string(f), buf.Bytes(), 0o644)
		}
	}
}

// BenchmarkA4 is the print budget: A4 landscape at 300 dpi, from the story
// to PNG bytes (layout, raster, encode), ≤ 1 s and ≤ 250 MB peak.
func BenchmarkA4(b *testing.B) {
	j := job(b, a4(b, 300))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, PNG, j); err != nil {
			b.Fatal(err)
		}
		n = buf.Len()
	}
	b.ReportMetric(float64(n)/1e6, "MB-png")
}

func BenchmarkSVG(b *testing.B) {
	j := job(b, a4(b, 300))
	for b.Loop() {
		Write(&bytes.Buffer{}, SVG, j)
	}
}

func BenchmarkPDF(b *testing.B) {
	j := job(b, a4(b, 300))
	for b.Loop() {
		Write(&bytes.Buffer{}, PDF, j)
	}
}
