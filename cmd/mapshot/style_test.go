package main

import (
	"bytes"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/style/styletest"
)

// styleDir writes a newsroom's style folder (styletest.Folder) with
// style.json holding body, and returns style.json's path.
func styleDir(t *testing.T, body string) string {
	t.Helper()
	return filepath.Join(styletest.Folder(t, map[string]string{"style.json": body}), "style.json")
}

func TestStyle(t *testing.T) {
	dir := t.TempDir()
	good := styleDir(t, `{"sides": {"guaido": "#00ff00"}, "light": {"background": "#fff0f0"},
		"fonts": {"regular": "mono.ttf", "licence": "LICENCE"}, "credit": "The Daily Example", "logo": "logo.png"}`)
	code, stderr := runBin(t, dir, "-style", good, "-event", "guaido-claim", "-width", "800", "-height", "600", "-o", "s.png")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(dir, "s.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	count := map[color.RGBA]int{}
	for y := 0; y < 600; y++ {
		for x := 0; x < 800; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			count[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0}]++
		}
	}
	for name, c := range map[string]color.RGBA{"background": {0xff, 0xf0, 0xf0, 0}, "side colour": {0, 0xff, 0, 0}, "logo": {0xd0, 0x10, 0x30, 0}} {
		if count[c] < 200 {
			t.Errorf("%s %v: %d pixels", name, c, count[c])
		}
	}
	code, stderr = runBin(t, dir, "-style", good, "-event", "guaido-claim", "-o", "s.svg")
	svg, _ := os.ReadFile(filepath.Join(dir, "s.svg"))
	if code != 0 || !bytes.Contains(svg, []byte("'Go Mono'")) || !bytes.Contains(svg, []byte("The Daily Example")) || !bytes.Contains(svg, []byte("data:image/png")) {
		t.Errorf("svg: exit %d %s; font, credit or logo missing", code, stderr)
	}

	for _, c := range []struct{ body, want string }{
		{`{"sides": {"guaido": "green"}}`, "sides.guaido"},
		{`{"sides": {"nobody": "#000000"}}`, `no side "nobody"`},
		{`{"fonts": {"regular": "gone.ttf", "licence": "LICENCE"}}`, "fonts.regular"},
		{`{"fonts": {"regular": "logo.png", "licence": "LICENCE"}}`, "fonts.regular: logo.png"},
	} {
		code, stderr := runBin(t, dir, "-style", styleDir(t, c.body), "-o", "bad.png")
		if code != 1 || !strings.Contains(stderr, "style.json: ") || !strings.Contains(stderr, c.want) || strings.Contains(stderr, "panic") {
			t.Errorf("%s: exit %d, stderr %q; want 1 naming style.json and %q", c.body, code, stderr, c.want)
		}
		if _, err := os.Stat(filepath.Join(dir, "bad.png")); err == nil {
			t.Errorf("%s: a file was written", c.body)
		}
	}
}
