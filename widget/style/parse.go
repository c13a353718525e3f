package style

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/theme"
	"github.com/tidwall/gjson"
)

// Limits on what a style may carry: a font or logo past them is a mistake
// (a whole font family, a print-resolution logo), not a style.
const (
	maxFile     = 1 << 20  // the style file
	maxFontFile = 20 << 20 // each font
	maxLogoFile = 2 << 20
	maxLogoSide = 4000 // px
)

// Load reads the style file at path; the files it names are relative to
// its folder.
func Load(path string) (*Style, error) {
	b, err := readLimited(path, maxFile)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(path)
	return Parse(b, path, func(name string, limit int64) ([]byte, error) {
		if !filepath.IsAbs(name) {
			name = filepath.Join(dir, filepath.FromSlash(name))
		}
		return readLimited(name, limit)
	})
}

func readLimited(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%s: %d bytes, more than the %d a style allows", path, st.Size(), limit)
	}
	return os.ReadFile(path)
}

// Opener reads a file a style names, refusing one larger than limit.
type Opener func(name string, limit int64) ([]byte, error)

// themeKeys name the theme colours a style may set, as in the file.
var themeKeys = map[string]func(*theme.Theme) *color.NRGBA{
	"background": func(t *theme.Theme) *color.NRGBA { return &t.Background },
	"text":       func(t *theme.Theme) *color.NRGBA { return &t.Text },
	"muted":      func(t *theme.Theme) *color.NRGBA { return &t.Muted },
	"rule":       func(t *theme.Theme) *color.NRGBA { return &t.Rule },
	"border":     func(t *theme.Theme) *color.NRGBA { return &t.Border },
	"noData":     func(t *theme.Theme) *color.NRGBA { return &t.NoData },
	"noDataDot":  func(t *theme.Theme) *color.NRGBA { return &t.NoDataDot },
	"hatch":      func(t *theme.Theme) *color.NRGBA { return &t.Hatch },
	"subject":    func(t *theme.Theme) *color.NRGBA { return &t.Subject },
	"subjectInk": func(t *theme.Theme) *color.NRGBA { return &t.SubjectInk },
	"changed":    func(t *theme.Theme) *color.NRGBA { return &t.Changed },
	"highlight":  func(t *theme.Theme) *color.NRGBA { return &t.Highlight },
	"veil":       func(t *theme.Theme) *color.NRGBA { return &t.Veil },
	"focus":      func(t *theme.Theme) *color.NRGBA { return &t.Focus },
	"button":     func(t *theme.Theme) *color.NRGBA { return &t.Button },
	"buttonInk":  func(t *theme.Theme) *color.NRGBA { return &t.ButtonInk },
	"accent":     func(t *theme.Theme) *color.NRGBA { return &t.Accent },
	"tipFill":    func(t *theme.Theme) *color.NRGBA { return &t.TipFill },
	"tipBorder":  func(t *theme.Theme) *color.NRGBA { return &t.TipBorder },
}

// ThemeKeys are the names of the theme colours a style may set, sorted.
func ThemeKeys() []string {
	keys := make([]string, 0, len(themeKeys))
	for k := range themeKeys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// parser collects every problem of one file, each at its field.
type parser struct {
	file  string
	open  Opener
	probs []string
}

func (p *parser) add(field, format string, args ...any) {
	p.probs = append(p.probs, p.file+": "+field+": "+fmt.Sprintf(format, args...))
}

// Parse reads a style from b, the contents of file (named in messages);
// open reads the fonts, licence and logo it names. Every problem is
// reported, each naming the file and the field.
func Parse(b []byte, file string, open Opener) (*Style, error) {
	if !gjson.ValidBytes(b) {
		return nil, fmt.Errorf("%s: not valid JSON", file)
	}
	root := gjson.ParseBytes(b)
	if !root.IsObject() {
		return nil, fmt.Errorf("%s: want a JSON object", file)
	}
	p := &parser{file: file, open: open}
	s := &Style{File: file, Sides: map[string]SideColors{}, Light: theme.Light(), Dark: theme.Dark()}
	root.ForEach(func(k, v gjson.Result) bool {
		switch key := k.String(); key {
		case "sides":
			p.sides(s, v)
		case "light":
			p.theme(&s.Light, v, key)
		case "dark":
			p.theme(&s.Dark, v, key)
		case "fonts":
			p.fonts(s, v)
		case "credit":
			s.Credit = p.credit(v)
		case "logo":
			p.logo(s, v)
		case "$schema", "comment":
		default:
			p.add(key, "unknown field (want sides, light, dark, fonts, credit, logo)")
		}
		return true
	})
	if len(p.probs) > 0 {
		return nil, errors.New(strings.Join(p.probs, "\n"))
	}
	return s, nil
}

// color reads "#rrggbb" (or "#rrggbbaa" when alpha is allowed).
func (p *parser) color(v gjson.Result, field string, alpha bool) (color.NRGBA, bool) {
	s := v.String()
	want := `a colour like "#0072b2"`
	if alpha {
		want = `a colour like "#0072b2" or, with opacity, "#0072b2cc"`
	}
	if v.Type != gjson.String || len(s) != 7 && !(alpha && len(s) == 9) || s[0] != '#' {
		p.add(field, "%s is not %s", v.Raw, want)
		return color.NRGBA{}, false
	}
	n, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		p.add(field, "%s is not %s", v.Raw, want)
		return color.NRGBA{}, false
	}
	if len(s) == 7 {
		n = n<<8 | 0xff
	}
	return color.NRGBA{uint8(n >> 24), uint8(n >> 16), uint8(n >> 8), uint8(n)}, true
}

func (p *parser) sides(s *Style, v gjson.Result) {
	if !v.IsObject() {
		p.add("sides", `want an object of side ids, like {"guaido": "#0072b2"}`)
		return
	}
	v.ForEach(func(k, c gjson.Result) bool {
		id, at := k.String(), "sides."+k.String()
		var sc SideColors
		if c.IsObject() {
			c.ForEach(func(ck, cv gjson.Result) bool {
				switch ck.String() {
				case "color":
					if _, ok := p.color(cv, at+".color", false); ok {
						sc.Color = strings.ToLower(cv.String())
					}
				case "colorDark":
					if _, ok := p.color(cv, at+".colorDark", false); ok {
						sc.ColorDark = strings.ToLower(cv.String())
					}
				default:
					p.add(at+"."+ck.String(), "unknown field (want color, colorDark)")
				}
				return true
			})
		} else if _, ok := p.color(c, at, false); ok {
			sc.Color = strings.ToLower(c.String())
		}
		s.Sides[id] = sc
		return true
	})
}

func (p *parser) theme(t *theme.Theme, v gjson.Result, name string) {
	if !v.IsObject() {
		p.add(name, `want an object of colours, like {"background": "#fffdf8"}`)
		return
	}
	v.ForEach(func(k, c gjson.Result) bool {
		at := name + "." + k.String()
		field, ok := themeKeys[k.String()]
		if !ok {
			p.add(at, "unknown colour (want one of %s)", strings.Join(ThemeKeys(), ", "))
			return true
		}
		if col, ok := p.color(c, at, true); ok {
			*field(t) = col
		}
		return true
	})
}

func (p *parser) credit(v gjson.Result) data.Text {
	switch {
	case v.Type == gjson.String && strings.TrimSpace(v.String()) != "":
		return data.Text{"": v.String()}
	case v.IsObject():
		t := data.Text{}
		v.ForEach(func(k, c gjson.Result) bool {
			if c.Type != gjson.String {
				p.add("credit."+k.String(), "want text")
			}
			t[k.String()] = c.String()
			return true
		})
		return t
	}
	p.add("credit", `want text, or text by language like {"en": "…", "es": "…"}`)
	return nil
}

func (p *parser) logo(s *Style, v gjson.Result) {
	if v.Type != gjson.String || v.String() == "" {
		p.add("logo", "want the path of a PNG file")
		return
	}
	b, err := p.open(v.String(), maxLogoFile)
	if err != nil {
		p.add("logo", "%v", err)
		return
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		p.add("logo", "%s: not a PNG image: %v", v.String(), err)
		return
	}
	if cfg.Width > maxLogoSide || cfg.Height > maxLogoSide || cfg.Width == 0 || cfg.Height == 0 {
		p.add("logo", "%s is %d×%d px; want at most %d px a side", v.String(), cfg.Width, cfg.Height, maxLogoSide)
		return
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		p.add("logo", "%s: %v", v.String(), err)
		return
	}
	s.Logo, s.LogoPNG = img, b
}

func (p *parser) fonts(s *Style, v gjson.Result) {
	if !v.IsObject() {
		p.add("fonts", `want {"regular": FILE, "bold": FILE, "licence": FILE}`)
		return
	}
	paths := map[string]string{}
	v.ForEach(func(k, c gjson.Result) bool {
		switch key := k.String(); key {
		case "regular", "bold", "licence":
			if c.Type != gjson.String || c.String() == "" {
				p.add("fonts."+key, "want a file's path")
				return true
			}
			paths[key] = c.String()
		case "license":
			p.add("fonts.license", `spelt "licence" here`)
		default:
			p.add("fonts."+key, "unknown field (want regular, bold, licence)")
		}
		return true
	})
	if paths["regular"] == "" && paths["bold"] == "" {
		p.add("fonts", "names no font (want regular, and bold if the family has one)")
		return
	}
	if paths["licence"] == "" {
		p.add("fonts.licence", "missing: a font is published with its licence; name the licence's text file")
	} else if b, err := p.open(paths["licence"], maxFile); err != nil {
		p.add("fonts.licence", "%v", err)
	} else if strings.TrimSpace(string(b)) == "" {
		p.add("fonts.licence", "%s is empty", paths["licence"])
	} else {
		s.Licence = string(b)
	}
	if paths["regular"] == "" {
		paths["regular"] = paths["bold"]
	}
	if paths["bold"] == "" {
		paths["bold"] = paths["regular"]
	}
	s.FontFiles = [2]string{paths["regular"], paths["bold"]}
	s.Regular = p.font("fonts.regular", paths["regular"], false)
	if paths["bold"] == paths["regular"] {
		s.Bold = s.Regular
	} else {
		s.Bold = p.font("fonts.bold", paths["bold"], true)
	}
}

func (p *parser) font(field, path string, bold bool) *glyph.Font {
	b, err := p.open(path, maxFontFile)
	if err != nil {
		p.add(field, "%v", err)
		return nil
	}
	f, err := parseFont(b, bold)
	if err != nil {
		p.add(field, "%s: %v", path, err)
		return nil
	}
	return f
}
