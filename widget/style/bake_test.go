package style

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/geo"
)

func TestBakeRoundTrip(t *testing.T) {
	s, err := Load(newsroom(t, goodStyle))
	if err != nil {
		t.Fatal(err)
	}
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	text := Text(story(t), world)
	files, err := s.Bake(text)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := files["bold.smg"]; ok {
		t.Error("one font for both weights was baked twice")
	}
	size := 0
	for _, b := range files {
		size += len(b)
	}
	t.Logf("baked: %d bytes in %d files", size, len(files))
	b, err := LoadBaked(files)
	if err != nil {
		t.Fatal(err)
	}
	if b.Light != s.Light || b.Dark != s.Dark || b.Sides["maduro"] != s.Sides["maduro"] || b.Licence != s.Licence {
		t.Errorf("baked style differs: light %v / %v", b.Light, s.Light)
	}
	st1, st2 := story(t), story(t)
	if err := s.Recolor(st1); err != nil {
		t.Fatal(err)
	}
	if err := b.Recolor(st2); err != nil {
		t.Fatal(err)
	}
	if st1.Credit.In("ru", st1.Lang) != st2.Credit.In("ru", st2.Lang) || st1.Side("guaido").Color != st2.Side("guaido").Color {
		t.Error("baked style recolours differently")
	}
	for _, line := range strings.Split(text, "\n") {
		if w1, w2 := s.Bold.Width(line, 13), b.Bold.Width(line, 13); w1 != w2 {
			t.Fatalf("bold Width(%q) = %v baked, %v from the font", line, w2, w1)
		}
	}
	if _, err := LoadBaked(map[string][]byte{"style.json": []byte(`{"fonts": {"regular": "x.smg", "licence": "L"}}`)}); err == nil || !strings.Contains(err.Error(), "not in the bundle") {
		t.Errorf("missing baked font: %v", err)
	}
}
