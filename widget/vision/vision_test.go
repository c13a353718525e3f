package vision

import (
	"image/color"
	"math"
	"testing"
)

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{r, g, b, 0xff} }

// Sharma, Wu and Dalal's test pairs for CIEDE2000 (2005, table 1).
func TestDeltaE2000Reference(t *testing.T) {
	for _, c := range []struct {
		p, q Lab
		want float64
	}{
		{Lab{50, 2.6772, -79.7751}, Lab{50, 0, -82.7485}, 2.0425},
		{Lab{50, -1.3802, -84.2814}, Lab{50, 0, -82.7485}, 1.0000},
		{Lab{50, 2.5, 0}, Lab{73, 25, -18}, 27.1492},
		{Lab{50, 2.5, 0}, Lab{50, 3.2592, 0.3350}, 1.0000},
		{Lab{60.2574, -34.0099, 36.2677}, Lab{60.4626, -34.1751, 39.4387}, 1.2644},
		{Lab{22.7233, 20.0904, -46.6940}, Lab{23.0331, 14.9730, -42.5619}, 2.0373},
		{Lab{90.9257, -0.5406, -0.9208}, Lab{88.6381, -0.8985, -0.7239}, 1.5381},
		{Lab{90.8027, -2.0831, 1.4410}, Lab{91.1528, -1.6435, 0.0447}, 1.4441},
		{Lab{2.0776, 0.0795, -1.1350}, Lab{0.9033, -0.0636, -0.5514}, 0.9082},
	} {
		if got := DeltaE2000(c.p, c.q); math.Abs(got-c.want) > 1e-4 {
			t.Errorf("ΔE00(%v, %v) = %.4f, want %.4f", c.p, c.q, got, c.want)
		}
	}
}

func TestSee(t *testing.T) {
	// White and black stay themselves under every condition.
	for _, cond := range Conditions {
		if w := See(rgb(255, 255, 255), cond); math.Abs(w.L-100) > 0.01 || math.Abs(w.A) > 0.3 || math.Abs(w.B) > 0.3 {
			t.Errorf("white under %v = %v", cond, w)
		}
	}
	// A red and a green a protanope or deuteranope confuses, but a
	// tritanope does not.
	red, green := rgb(0xcc, 0x33, 0x33), rgb(0x33, 0x88, 0x33)
	for cond, close := range map[Condition]bool{Normal: false, Deuteranopia: true, Tritanopia: false, Greyscale: true} {
		if d := Distance(red, green, cond); (d < Floor(cond)) != close {
			t.Errorf("red/green under %v: ΔE %.1f, want close %v", cond, d, close)
		}
	}
	// Blue and yellow are what a tritanope confuses most.
	if n, tr := Distance(rgb(0, 0x72, 0xb2), rgb(0x5d, 0xa8, 0x99), Normal), Distance(rgb(0, 0x72, 0xb2), rgb(0x5d, 0xa8, 0x99), Tritanopia); tr >= n {
		t.Errorf("blue/teal: tritanopia ΔE %.1f not below normal %.1f", tr, n)
	}
}
