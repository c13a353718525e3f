// Package vision says how colours look to readers with a colour-vision
// deficiency and in greyscale, and how far apart two colours look: it
// lets story check warn about side colours a reader could confuse.
//
// Deficiencies are simulated with the matrices of Machado, Oliveira and
// Fernandes (2009, "A Physiologically-based Model for Simulation of Color
// Vision Deficiency", IEEE TVCG 15(6)) at severity 1, applied to linear
// sRGB; distance is CIEDE2000 in CIELAB (D65).
package vision

import (
	"image/color"
	"math"
)

// Condition is a way of seeing colour.
type Condition int

const (
	Normal Condition = iota
	Protanopia
	Deuteranopia
	Tritanopia
	Greyscale // a black-and-white print or screen: lightness alone
)

// Conditions are the ones a palette is checked under, Normal first.
var Conditions = []Condition{Normal, Protanopia, Deuteranopia, Tritanopia, Greyscale}

func (c Condition) String() string {
	switch c {
	case Protanopia:
		return "protanopia"
	case Deuteranopia:
		return "deuteranopia"
	case Tritanopia:
		return "tritanopia"
	case Greyscale:
		return "greyscale"
	}
	return "normal vision"
}

// machado are the severity-1 matrices, rows give linear R, G, B.
var machado = map[Condition][3][3]float64{
	Protanopia: {
		{0.152286, 1.052583, -0.204868},
		{0.114503, 0.786281, 0.099216},
		{-0.003882, -0.048116, 1.051998},
	},
	Deuteranopia: {
		{0.367322, 0.860646, -0.227968},
		{0.280085, 0.672501, 0.047413},
		{-0.011820, 0.042940, 0.968881},
	},
	Tritanopia: {
		{1.255528, -0.076749, -0.178779},
		{-0.078411, 0.930809, 0.147602},
		{0.004733, 0.691367, 0.303900},
	},
}

// Lab is a colour in CIELAB, D65 white.
type Lab struct{ L, A, B float64 }

// linear turns an sRGB channel into linear light.
func linear(v uint8) float64 {
	f := float64(v) / 255
	if f <= 0.04045 {
		return f / 12.92
	}
	return math.Pow((f+0.055)/1.055, 2.4)
}

// See returns c as a reader with condition cond sees it, in CIELAB. The
// alpha is ignored: side colours are opaque.
func See(c color.NRGBA, cond Condition) Lab {
	rgb := [3]float64{linear(c.R), linear(c.G), linear(c.B)}
	if m, ok := machado[cond]; ok {
		var out [3]float64
		for i := range out {
			out[i] = math.Max(0, math.Min(1, m[i][0]*rgb[0]+m[i][1]*rgb[1]+m[i][2]*rgb[2]))
		}
		rgb = out
	}
	x := 0.4124564*rgb[0] + 0.3575761*rgb[1] + 0.1804375*rgb[2]
	y := 0.2126729*rgb[0] + 0.7151522*rgb[1] + 0.0721750*rgb[2]
	z := 0.0193339*rgb[0] + 0.1191920*rgb[1] + 0.9503041*rgb[2]
	lab := xyzToLab(x, y, z)
	if cond == Greyscale {
		lab.A, lab.B = 0, 0
	}
	return lab
}

func xyzToLab(x, y, z float64) Lab {
	const xn, yn, zn = 0.95047, 1.0, 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x/xn), f(y/yn), f(z/zn)
	return Lab{L: 116*fy - 16, A: 500 * (fx - fy), B: 200 * (fy - fz)}
}

// Distance is the CIEDE2000 colour difference of a and b seen with cond.
func Distance(a, b color.NRGBA, cond Condition) float64 {
	return DeltaE2000(See(a, cond), See(b, cond))
}

// Floors below which two side colours are called too close, in
// CIEDE2000. About 1–2 is the smallest difference seen between large
// patches side by side; a map asks more: a reader matches a small,
// separate patch (Malta, a marker) to a legend swatch from memory.
// MinColour, an order of magnitude above that, is our judgement of what
// keeps two categories apart that way; the default story's Okabe–Ito
// colours clear it by far (its closest pair, vermillion and the neutral
// grey under protanopia in the dark theme, are 20.8 apart). In greyscale
// the difference is one of lightness alone, which readers judge better
// than hue but which pure lightness steps make small: MinGrey is two
// greys plainly different side by side. The default's blue and
// vermillion are 8.2 apart there, which is why the print export's
// -grayscale mode adds patterns.
const (
	MinColour = 12.0
	MinGrey   = 6.0
)

// Floor is the smallest distance two side colours should keep under cond.
func Floor(cond Condition) float64 {
	if cond == Greyscale {
		return MinGrey
	}
	return MinColour
}
