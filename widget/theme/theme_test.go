package theme

import (
	"image/color"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    color.NRGBA
		wantErr bool
	}{
		{"#1b9e77", color.NRGBA{0x1b, 0x9e, 0x77, 255}, false},
		{"abc", color.NRGBA{0xaa, 0xbb, 0xcc, 255}, false},
		{"#12345", color.NRGBA{}, true},
		{"#zzzzzz", color.NRGBA{}, true},
		{"", color.NRGBA{}, true},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v", tt.in, got, err)
		}
	}
	if MustParse("nope", color.NRGBA{1, 2, 3, 4}) != (color.NRGBA{1, 2, 3, 4}) {
		t.Error("MustParse fallback")
	}
}

func TestThemesReadable(t *testing.T) {
	for _, th := range []Theme{Light(), Dark()} {
		checks := []struct {
			name string
			fg   color.NRGBA
			min  float64
		}{
			{"text", th.Text, 7},
			{"muted", th.Muted, 4.5},
			{"focus", th.Focus, 3},
			{"subject", th.Subject, 3},
		}
		for _, c := range checks {
			if r := contrast(c.fg, th.Background); r < c.min {
				t.Errorf("%s %s contrast %.2f < %.1f", th.Name, c.name, r, c.min)
			}
		}
		if contrast(th.NoData, th.Background) > 1.6 {
			t.Errorf("%s: no-data fill should stay quiet", th.Name)
		}
	}
	if ByName("dark").Name != "dark" || ByName("auto").Name != "light" {
		t.Error("ByName")
	}
}

func TestMixGrey(t *testing.T) {
	if got := Mix(color.NRGBA{0, 0, 0, 255}, color.NRGBA{200, 100, 0, 255}, 0.5); got != (color.NRGBA{100, 50, 0, 255}) {
		t.Errorf("Mix = %v", got)
	}
	if Grey(2) != (color.NRGBA{255, 255, 255, 255}) || Grey(-1) != (color.NRGBA{0, 0, 0, 255}) {
		t.Error("Grey clamps")
	}
	if Luminance(Grey(1)) < 0.99 || Luminance(Grey(0)) > 0.01 {
		t.Error("Luminance ends")
	}
}

// contrast is the WCAG contrast ratio between two opaque colours.
func contrast(a, b color.NRGBA) float64 {
	la, lb := Luminance(a), Luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestMode(t *testing.T) {
	dark := func() bool { return true }
	for _, tt := range []struct {
		in          string
		want        Mode
		prefersDark func() bool
		resolved    Mode
	}{
		{"", ModeAuto, nil, ModeLight},
		{"auto", ModeAuto, dark, ModeDark},
		{"Light", ModeLight, dark, ModeLight},
		{"DARK", ModeDark, nil, ModeDark},
	} {
		m, err := ParseMode(tt.in)
		if err != nil || m != tt.want || m.Resolve(tt.prefersDark) != tt.resolved {
			t.Errorf("ParseMode(%q) = %q, %v; resolved %q; want %q, %q", tt.in, m, err, m.Resolve(tt.prefersDark), tt.want, tt.resolved)
		}
	}
	if _, err := ParseMode("sepia"); err == nil {
		t.Error("sepia is a theme")
	}
}
