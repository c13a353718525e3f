package style

import (
	"image/color"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/style/styletest"
	"github.com/stancemap/stancemap/widget/theme"
)

// newsroom writes a style folder (styletest.Folder), with a file that
// is not a font (junk.ttf) and style.json holding body; it returns
// style.json's path.
func newsroom(t *testing.T, body string) string {
	t.Helper()
	return filepath.Join(styletest.Folder(t, map[string]string{"junk.ttf": "not a font at all", "style.json": body}), "style.json")
}

const goodStyle = `{
  "sides": {"guaido": "#1b9e77", "maduro": {"color": "#d95f02", "colorDark": "#fc8d62"}},
  "light": {"background": "#fffdf6", "text": "#202020", "veil": "#fffdf6b0"},
  "dark": {"background": "#101418"},
  "fonts": {"regular": "mono.ttf", "licence": "LICENCE"},
  "credit": "Graphic: The Daily Example",
  "logo": "logo.png"
}`

func TestLoadGoodStyle(t *testing.T) {
	s, err := Load(newsroom(t, goodStyle))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Sides["maduro"]; got != (SideColors{"#d95f02", "#fc8d62"}) {
		t.Errorf("maduro = %+v", got)
	}
	if s.Light.Background != (color.NRGBA{0xff, 0xfd, 0xf6, 0xff}) || s.Light.Veil.A != 0xb0 {
		t.Errorf("light background %v, veil %v", s.Light.Background, s.Light.Veil)
	}
	if s.Light.Muted != theme.Light().Muted || s.Dark.Text != theme.Dark().Text {
		t.Error("colours the file does not name changed")
	}
	if s.Regular == nil || s.Bold != s.Regular || !strings.Contains(s.Licence, "BSD") {
		t.Errorf("fonts: regular %v, bold the same %v, licence %q", s.Regular != nil, s.Bold == s.Regular, s.Licence)
	}
	if s.Logo == nil || s.Logo.Bounds().Dx() != 60 { // styletest.Folder's logo is 60×20
		t.Error("logo not read")
	}
}

func TestLoadReportsEachProblemAtItsField(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{`{"sides": {"guaido": "blue"}}`, `sides.guaido: "blue" is not a colour`},
		{`{"sides": {"guaido": {"colour": "#000000"}}}`, `sides.guaido.colour: unknown field`},
		{`{"light": {"background": "#12345"}}`, `light.background: "#12345" is not a colour`},
		{`{"light": {"sea": "#123456"}}`, `light.sea: unknown colour`},
		{`{"palette": {}}`, `palette: unknown field`},
		{`{"fonts": {"regular": "missing.ttf", "licence": "LICENCE"}}`, `fonts.regular: stat `},
		{`{"fonts": {"regular": "junk.ttf", "licence": "LICENCE"}}`, `fonts.regular: junk.ttf: glyph: parse font`},
		{`{"fonts": {"regular": "mono.ttf"}}`, `fonts.licence: missing`},
		{`{"fonts": {"regular": "mono.ttf", "license": "LICENCE"}}`, `fonts.license: spelt "licence"`},
		{`{"logo": "mono.ttf"}`, `logo: mono.ttf: not a PNG image`},
		{`{"credit": 3}`, `credit: want text`},
		{`{"sides": `, `not valid JSON`},
	} {
		_, err := Load(newsroom(t, c.body))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "style.json: ") {
			t.Errorf("%s: error %v, want one naming style.json and %q", c.body, err, c.want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.json")); err == nil || !strings.Contains(err.Error(), "none.json") {
		t.Errorf("missing file: %v", err)
	}
	// Every problem, not only the first.
	_, err := Load(newsroom(t, `{"sides": {"guaido": "x"}, "light": {"text": "y"}}`))
	if err == nil || !strings.Contains(err.Error(), "sides.guaido") || !strings.Contains(err.Error(), "light.text") {
		t.Errorf("two problems: %v", err)
	}
}

func story(t *testing.T) *data.Story {
	t.Helper()
	s, err := data.Load(data.DefaultJSON(), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRecolorAndInstall(t *testing.T) {
	s, err := Load(newsroom(t, goodStyle))
	if err != nil {
		t.Fatal(err)
	}
	st := story(t)
	restore, err := s.Apply(st)
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	if g := st.Side("guaido"); g.Color != "#1b9e77" || g.ColorDark != "#1b9e77" {
		t.Errorf("guaido = %s / %s", g.Color, g.ColorDark)
	}
	if m := st.Side("maduro"); m.ColorDark != "#fc8d62" {
		t.Errorf("maduro dark = %s", m.ColorDark)
	}
	if st.Credit.In("es", st.Lang) != "Graphic: The Daily Example" {
		t.Errorf("credit in es = %q", st.Credit.In("es", st.Lang))
	}
	if theme.ByName("light").Background != s.Light.Background || theme.ByName("dark").Name != "dark" {
		t.Error("themes not installed")
	}
	if glyph.Face(false) != s.Regular || glyph.Face(true) != s.Regular {
		t.Error("fonts not installed")
	}
	restore()
	if theme.ByName("light") != theme.Light() || glyph.Face(false) != glyph.GoFace(false) {
		t.Error("restore left the style in place")
	}
}

func TestRecolorRefusesUnknownSide(t *testing.T) {
	s, err := Load(newsroom(t, `{"sides": {"opposition": "#000000"}}`))
	if err != nil {
		t.Fatal(err)
	}
	err = s.Recolor(story(t))
	if err == nil || !strings.Contains(err.Error(), `"opposition"`) || !strings.Contains(err.Error(), "guaido") {
		t.Errorf("error %v, want one naming the unknown side and the story's sides", err)
	}
}

func TestWarningsNameMissingLetters(t *testing.T) {
	s, err := Load(newsroom(t, goodStyle))
	if err != nil {
		t.Fatal(err)
	}
	if w := s.Warnings("Maduro, Россия"); len(w) != 0 {
		t.Errorf("Go Mono covers these, got %v", w)
	}
	w := s.Warnings("Maduro 中国")
	if len(w) != 1 || !strings.Contains(w[0], `'中' '国'`) || !strings.Contains(w[0], "fonts.regular") {
		t.Errorf("warnings %q", w)
	}
}

func TestTextCoversStoryNamesAndUI(t *testing.T) {
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	st := story(t)
	txt := Text(st, world)
	for _, want := range []string{st.Title.In("ru", st.Lang), world.Name("VEN", "ru"), st.Events[0].Headline.In("es", st.Lang), "0123456789"} {
		if !strings.Contains(txt, want) {
			t.Errorf("Text lacks %q", want)
		}
	}
}
