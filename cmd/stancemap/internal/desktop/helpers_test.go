package desktop

import (
	"image/color"
	"strconv"
	"testing"
)

func itoa(i int) string { return strconv.Itoa(i) }

func hexColor(t *testing.T, s string) color.NRGBA {
	t.Helper()
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if len(s) != 7 || s[0] != '#' || err != nil {
		t.Fatalf("bad colour %q", s)
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}
}

// near reports whether c is within tol of want in every channel.
func near(c color.Color, want color.NRGBA, tol int) bool {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	d := func(a, b uint8) bool { x := int(a) - int(b); return x <= tol && x >= -tol }
	return d(n.R, want.R) && d(n.G, want.G) && d(n.B, want.B)
}
