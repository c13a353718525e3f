package bundle

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// Brotli's window reaches back past 4 MB: a block of 4.3 MB of noise,
// repeated, compresses to about one block (and decodes to the input). With
// a 4 MB window the copy would be out of reach and the output twice as big.
func TestBrotliWindow(t *testing.T) {
	block := make([]byte, 4_300_000)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range block {
		block[i] = byte(r.Uint32())
	}
	data := append(append([]byte(nil), block...), block...)
	out, err := Brotli(data, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := unbrotli(t, out); !bytes.Equal(got, data) {
		t.Fatal("the output does not decode to the input")
	}
	if len(out) > len(block)*11/10 {
		t.Errorf("%d B for two copies of a %d B block: the window did not reach the first copy", len(out), len(block))
	}
}
