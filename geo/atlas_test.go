package geo

import (
	"errors"
	"strings"
	"testing"
)

func TestDecodeAtlasRejectsBadInput(t *testing.T) {
	good := worldAsset
	cases := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "bad magic"},
		{"wrong magic", []byte("PNG\x00\x01\x02"), "bad magic"},
		{"header only", []byte(atlasMagic), "source features"},
		{"cut in the middle", good[:len(good)/2], "countries["},
		{"cut before the end", good[:len(good)-1], "countries["},
		{"trailing bytes", append(append([]byte(nil), good...), 0), "after the last country"},
		{"huge count", append([]byte(atlasMagic), 1, 1, 1, 0xff, 0xff, 0xff, 0xff, 0x0f), "more than"},
		{"zero grid", append([]byte(atlasMagic), 1, 0, 1, 0), "grid"},
		// One country, ABC, anchored at 0,0, with one polygon of no rings.
		{"polygon without rings", append([]byte(atlasMagic), 1, 16, 1, 1, 3, 'A', 'B', 'C', 0, 0, 1, 0), "polygons[0]: no rings"},
	}
	for _, c := range cases {
		_, _, err := decodeAtlas(c.b)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want one mentioning %q", c.name, err, c.want)
		}
	}
	if _, _, err := decodeAtlas(good[:len(good)-1]); !errors.Is(err, errShort) {
		t.Errorf("truncated asset: %v is not errShort", err)
	}
}

// TestDecodeAtlasFlippedBytes flips bytes all over the asset: each result
// is an error that says where in the atlas it went wrong, or a World whose
// countries all have a code it finds them by, in order. (A flipped
// coordinate could still decode; in the varint-packed asset a flip almost
// always breaks a count or a delta, and every one of these is refused.)
func TestDecodeAtlasFlippedBytes(t *testing.T) {
	b := append([]byte(nil), worldAsset...)
	worlds, errs := 0, 0
	for i := len(atlasMagic); i < len(b); i += 997 {
		old := b[i]
		b[i] ^= 0xa5
		w, err := Decode(b, namesAsset)
		b[i] = old
		if err != nil {
			if w != nil || !strings.HasPrefix(err.Error(), "atlas: countries[") {
				t.Fatalf("byte %d flipped: world %v, error %v; want no world and the country that is broken", i, w != nil, err)
			}
			errs++
			continue
		}
		worlds++
		if len(w.Countries) == 0 {
			t.Fatalf("byte %d flipped: a World without countries", i)
		}
		for k, c := range w.Countries {
			if len(c.Code) != 3 || !w.Known(c.Code) || (k > 0 && w.Countries[k-1].Code >= c.Code) {
				t.Fatalf("byte %d flipped: country %d has code %q", i, k, c.Code)
			}
		}
	}
	t.Logf("%d flips decoded, %d refused", worlds, errs)
	if errs == 0 {
		t.Error("no flipped byte was refused: the decoder checks nothing")
	}
}

func FuzzDecodeAtlas(f *testing.F) {
	f.Add(worldAsset[:200])
	f.Add([]byte(atlasMagic + "\x01\x10\x01\x01\x03ABC\x00\x00\x01\x01\x03\x00\x00\x02\x00\x00\x02\x01\x02\x03"))
	f.Fuzz(func(t *testing.T, b []byte) {
		Decode(b, namesAsset) // decodes the atlas and builds the World: never a panic
	})
}
