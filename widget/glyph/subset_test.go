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

// A subset's outlines are read when first drawn: a subset changed at any
// one byte is refused, or read and drawn (perhaps wrongly), never a panic.
func TestSubsetCorruptOutlines(t *testing.T) {
	b := Face(false).Subset("AVé")
	for i := range b {
		c := append([]byte(nil), b...)
		c[i] ^= 0xff
		f, err := ParseSubset(c, nil)
		if err != nil {
			continue
		}
		f.Outline("AVé", 20, 0, 20, 0)
	}
	f, err := ParseSubset(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p := f.Outline("A", 20, 0, 20, 0); len(p) == 0 {
		t.Error("A has no outline")
	}
}
