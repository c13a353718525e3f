package glyph

import (
	"math"
	"testing"
)

func TestSubsetKeepsKerning(t *testing.T) {
	f := Face(false)
	a, v := f.info('A').index, f.info('V').index
	kf, err := Parse(withKernPair(t, f.TTF(), uint16(a), uint16(v), -200))
	if err != nil {
		t.Fatal(err)
	}
	sub, err := ParseSubset(kf.Subset("AVA"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"AV", "VA", "AVA"} {
		if w1, w2 := kf.Width(s, 50), sub.Width(s, 50); math.Abs(w1-w2) > 1e-9 {
			t.Errorf("Width(%q) = %v, want %v", s, w2, w1)
		}
	}
	if sub.Has('B') {
		t.Error("B is not in the subset and there is no fallback")
	}
}

// Every cut of a subset is refused or read, never a panic.
func TestSubsetTruncated(t *testing.T) {
	b := Face(true).Subset("Guaidó Мадуро 2019")
	for n := range b {
		ParseSubset(b[:n], nil)
	}
	if _, err := ParseSubset(b, nil); err != nil {
		t.Fatal(err)
	}
}
