package glyph

import (
	"encoding/binary"
	"math"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stancemap/stancemap/widget/scene"
)

func TestWidthGrowsWithLength(t *testing.T) {
	for _, bold := range []bool{false, true} {
		f := Face(bold)
		prev := 0.0
		for _, s := range []string{"", "V", "Ve", "Ven", "Venezuela", "Venezuela 2019", "Россия и Венесуэла"} {
			w := f.Width(s, 16)
			if s != "" && w <= prev {
				t.Errorf("bold=%v Width(%q) = %.2f, want > %.2f", bold, s, w, prev)
			}
			prev = w
		}
		if w := f.Width("", 16); w != 0 {
			t.Errorf("Width(\"\") = %v, want 0", w)
		}
	}
}

func TestWidthScalesWithSize(t *testing.T) {
	f := Face(false)
	a, b := f.Width("Guaidó", 10), f.Width("Guaidó", 20)
	if math.Abs(b-2*a) > 1e-9 {
		t.Errorf("Width at 20px = %v, want twice %v", b, a)
	}
}

func TestBoldIsWider(t *testing.T) {
	if r, b := Face(false).Width("Maduro", 16), Face(true).Width("Maduro", 16); b <= r {
		t.Errorf("bold width %.2f not wider than regular %.2f", b, r)
	}
}

func TestKerning(t *testing.T) {
	// The Go fonts carry no kern table, so widths there are plain sums.
	f := Face(false)
	if av, sum := f.Width("AV", 100), f.Width("A", 100)+f.Width("V", 100); av != sum {
		t.Errorf("Go Regular: Width(AV) = %v, want the unkerned sum %v", av, sum)
	}
	// Give the same font a kern table with one pair, so the kerning path is exercised.
	a, v := f.info('A').index, f.info('V').index
	kf, err := Parse(withKernPair(t, f.TTF(), uint16(a), uint16(v), -200))
	if err != nil {
		t.Fatal(err)
	}
	av, sum := kf.Width("AV", 100), kf.Width("A", 100)+kf.Width("V", 100)
	want := sum - 200*100/kf.upem
	if math.Abs(av-want) > 1e-6 {
		t.Errorf("kerned Width(AV) = %.3f, want %.3f (A+V = %.3f)", av, want, sum)
	}
	if va := kf.Width("VA", 100); va != sum {
		t.Errorf("Width(VA) = %v, want unkerned %v", va, sum)
	}
	// Outlines follow the same pen: V starts further left when kerned.
	_, _, maxKerned, _ := pathBounds(kf.Outline("AV", 100, 0, 0, scene.AlignLeft))
	_, _, maxPlain, _ := pathBounds(f.Outline("AV", 100, 0, 0, scene.AlignLeft))
	if maxKerned >= maxPlain {
		t.Errorf("kerned outline ends at %.1f, not left of unkerned %.1f", maxKerned, maxPlain)
	}
}

// withKernPair returns ttf with a 'kern' table (version 0, format 0) holding
// one pair, so the kerning code can be tested against a font that kerns.
func withKernPair(t *testing.T, ttf []byte, left, right uint16, value int16) []byte {
	t.Helper()
	be := binary.BigEndian
	n := int(be.Uint16(ttf[4:]))
	kern := []byte{0, 0, 0, 1, 0, 0, 0, 20, 0, 1, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	be.PutUint16(kern[18:], left)
	be.PutUint16(kern[20:], right)
	be.PutUint16(kern[22:], uint16(value))
	type record struct{ tag, sum, off, length uint32 }
	recs := []record{}
	for i := 0; i < n; i++ {
		r := ttf[12+16*i:]
		recs = append(recs, record{be.Uint32(r), be.Uint32(r[4:]), be.Uint32(r[8:]) + 16, be.Uint32(r[12:])})
	}
	body := ttf[12+16*n:]
	for len(body)%4 != 0 {
		body = append(body[:len(body):len(body)], 0)
	}
	recs = append(recs, record{be.Uint32([]byte("kern")), 0, uint32(12 + 16*(n+1) + len(body)), uint32(len(kern))})
	sort.Slice(recs, func(i, j int) bool { return recs[i].tag < recs[j].tag })
	out := make([]byte, 12, 12+16*(n+1)+len(body)+len(kern))
	copy(out, ttf[:12])
	be.PutUint16(out[4:], uint16(n+1))
	for _, r := range recs {
		out = be.AppendUint32(out, r.tag)
		out = be.AppendUint32(out, r.sum)
		out = be.AppendUint32(out, r.off)
		out = be.AppendUint32(out, r.length)
	}
	out = append(out, body...)
	return append(out, kern...)
}

func TestCyrillicHasGlyphs(t *testing.T) {
	for _, bold := range []bool{false, true} {
		f := Face(bold)
		for _, r := range "РоссияВенесуэлаГуайдоМадуроЁё" {
			if !f.Has(r) {
				t.Errorf("bold=%v: no glyph for %q", bold, r)
			}
		}
		if f.Has('\U0001F600') {
			t.Errorf("bold=%v: emoji unexpectedly present; Has is not telling .notdef apart", bold)
		}
	}
}

func TestMetrics(t *testing.T) {
	a, d, g := Face(false).Metrics(20)
	if a <= 0 || d <= 0 || g < 0 {
		t.Fatalf("Metrics(20) = %v, %v, %v; want positive", a, d, g)
	}
	if a < 14 || a > 22 || d > 8 {
		t.Errorf("Metrics(20) = ascent %v descent %v: implausible for a 20px font", a, d)
	}
}

func TestWrap(t *testing.T) {
	f := Face(false)
	tests := []struct {
		name     string
		s        string
		maxWidth float64
		minLines int
	}{
		{"fits", "Guaidó recognised", 1000, 1},
		{"two lines", "The United States recognised Juan Guaidó as interim president", 200, 2},
		{"russian", "Россия поддержала Николаса Мадуро как законного президента", 150, 3},
		{"long word", "Supercalifragilisticexpialidocious", 60, 3},
		{"newline", "first\nsecond", 1000, 2},
		{"narrow", "a b c", 1, 3},
		{"empty", "", 100, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := f.Wrap(tt.s, 14, tt.maxWidth)
			if len(lines) < tt.minLines {
				t.Errorf("got %d lines %q, want at least %d", len(lines), lines, tt.minLines)
			}
			for _, l := range lines {
				if w := f.Width(l, 14); w > tt.maxWidth+1e-9 && len([]rune(l)) > 1 {
					t.Errorf("line %q is %.1f px wide, over %.1f", l, w, tt.maxWidth)
				}
			}
			got := strings.Join(strings.Fields(strings.Join(lines, "")), "")
			want := strings.Join(strings.Fields(tt.s), "")
			if got != want {
				t.Errorf("text lost: lines %q join to %q, want %q", lines, got, want)
			}
		})
	}
}

func TestWrapKeepsWordsWhole(t *testing.T) {
	lines := Face(false).Wrap("Juan Guaidó declared himself acting president", 14, 120)
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			if !strings.Contains("Juan Guaidó declared himself acting president", w) {
				t.Errorf("word %q was split", w)
			}
		}
	}
}

func pathBounds(p scene.Path) (minX, minY, maxX, maxY float64) {
	minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, ring := range p {
		for _, pt := range ring {
			minX, maxX = math.Min(minX, pt.X), math.Max(maxX, pt.X)
			minY, maxY = math.Min(minY, pt.Y), math.Max(maxY, pt.Y)
		}
	}
	return
}

func TestOutlineBounds(t *testing.T) {
	f := Face(false)
	const size, s = 20.0, "Venezuela"
	w := f.Width(s, size)
	tests := []struct {
		align  scene.Align
		startX float64 // where the advance box starts
	}{
		{scene.AlignLeft, 100},
		{scene.AlignCenter, 100 - w/2},
		{scene.AlignRight, 100 - w},
	}
	for _, tt := range tests {
		p := f.Outline(s, size, 100, 50, tt.align)
		if len(p) < len(s) {
			t.Fatalf("align %d: %d rings for %q, want at least %d", tt.align, len(p), s, len(s))
		}
		minX, minY, maxX, maxY := pathBounds(p)
		if math.Abs(minX-tt.startX) > 3 || math.Abs(maxX-(tt.startX+w)) > 3 {
			t.Errorf("align %d: x from %.1f to %.1f, want about %.1f to %.1f", tt.align, minX, maxX, tt.startX, tt.startX+w)
		}
		if maxY > 50.5 || minY < 50-size || minY > 50-size*0.6 {
			t.Errorf("align %d: y from %.1f to %.1f, want cap height above baseline 50", tt.align, minY, maxY)
		}
	}
}

// TestBoxHoldsOutline holds Box to the bounds of Outline's points: never
// inside them, and beyond them by no more than a curve's control point
// can reach (a small fraction of the size).
func TestBoxHoldsOutline(t *testing.T) {
	texts := []string{"Venezuela", "O", "g", "Guaidó — Maduro", "¿Quién?", "Россия, 23 января", "  a b  ", "x"}
	for _, bold := range []bool{false, true} {
		f := Face(bold)
		for _, s := range texts {
			for _, align := range []scene.Align{scene.AlignLeft, scene.AlignCenter, scene.AlignRight} {
				for _, size := range []float64{9, 16, 40} {
					p := f.Outline(s, size, 37.25, 81.5, align)
					x0, y0, x1, y1, ok := f.Box(s, size, 37.25, 81.5, align)
					if !ok || len(p) == 0 {
						t.Fatalf("%q bold=%v: Box ok=%v, %d rings", s, bold, ok, len(p))
					}
					minX, minY, maxX, maxY := pathBounds(p)
					const eps = 1e-9
					if x0 > minX+eps || y0 > minY+eps || x1 < maxX-eps || y1 < maxY-eps {
						t.Errorf("%q bold=%v align %d size %v: box (%.2f,%.2f)-(%.2f,%.2f) misses outline (%.2f,%.2f)-(%.2f,%.2f)",
							s, bold, align, size, x0, y0, x1, y1, minX, minY, maxX, maxY)
					}
					if slack := 0.12 * size; minX-x0 > slack || minY-y0 > slack || x1-maxX > slack || y1-maxY > slack {
						t.Errorf("%q bold=%v size %v: box (%.2f,%.2f)-(%.2f,%.2f) far outside the outline (%.2f,%.2f)-(%.2f,%.2f)",
							s, bold, size, x0, y0, x1, y1, minX, minY, maxX, maxY)
					}
				}
			}
		}
	}
	for _, s := range []string{"", "   "} {
		if _, _, _, _, ok := Face(false).Box(s, 20, 0, 0, scene.AlignLeft); ok {
			t.Errorf("Box(%q) is ok, but Outline draws nothing", s)
		}
	}
}

func TestOutlineFlattening(t *testing.T) {
	// An "O" is all curves: its rings must have many points, and more at a larger size.
	f := Face(false)
	small, big := f.Outline("O", 10, 0, 0, scene.AlignLeft), f.Outline("O", 200, 0, 0, scene.AlignLeft)
	if len(small) != 2 || len(big) != 2 {
		t.Fatalf("O has %d/%d rings, want 2", len(small), len(big))
	}
	if len(small[0]) < 8 || len(big[0]) <= len(small[0]) {
		t.Errorf("O ring points: %d at 10px, %d at 200px; want ≥8 and growing", len(small[0]), len(big[0]))
	}
	// Consecutive points on a 200px O are close: the curve is followed.
	for i := 1; i < len(big[0]); i++ {
		a, b := big[0][i-1], big[0][i]
		if d := math.Hypot(a.X-b.X, a.Y-b.Y); d > 40 {
			t.Errorf("gap of %.1f px between outline points", d)
		}
	}
}

func TestOutlineSpaceAndMissing(t *testing.T) {
	f := Face(false)
	if p := f.Outline("   ", 20, 0, 0, scene.AlignLeft); len(p) != 0 {
		t.Errorf("spaces drew %d rings", len(p))
	}
	if p := f.Outline("", 20, 0, 0, scene.AlignCenter); len(p) != 0 {
		t.Errorf("empty string drew %d rings", len(p))
	}
}

func TestConcurrentUse(t *testing.T) {
	f, err := Parse(Face(true).TTF()) // fresh caches, so the goroutines race to fill them
	if err != nil {
		t.Fatal(err)
	}
	want := Face(true).Width("Россия Venezuela", 12)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if w := f.Width("Россия Venezuela", 12); w != want {
					t.Errorf("concurrent Width = %v, want %v", w, want)
					return
				}
				f.Outline("Россия", 12, 0, 0, scene.AlignLeft)
			}
		}()
	}
	wg.Wait()
}

func TestParseBad(t *testing.T) {
	if _, err := Parse([]byte("not a font")); err == nil {
		t.Error("Parse accepted garbage")
	}
}

func TestTTF(t *testing.T) {
	b := Face(false).TTF()
	if len(b) < 1000 || string(b[:4]) != "\x00\x01\x00\x00" {
		t.Errorf("TTF() does not look like a TrueType file (%d bytes)", len(b))
	}
}

func BenchmarkWidth(b *testing.B) {
	f := Face(false)
	for b.Loop() {
		f.Width("The United States recognises Juan Guaidó as interim president", 14)
	}
}

func BenchmarkOutline(b *testing.B) {
	f := Face(false)
	for b.Loop() {
		f.Outline("The United States recognises Juan Guaidó as interim president", 14, 10, 20, scene.AlignLeft)
	}
}

func BenchmarkWrap(b *testing.B) {
	f := Face(false)
	for b.Loop() {
		f.Wrap("Россия поддержала Николаса Мадуро как законного президента Венесуэлы", 14, 200)
	}
}
