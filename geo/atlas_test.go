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

func TestDecodeAtlasNeverPanics(t *testing.T) {
	// Flip bytes all over the asset: every result is a World or an error.
	b := append([]byte(nil), worldAsset...)
	for i := len(atlasMagic); i < len(b); i += 997 {
		old := b[i]
		b[i] ^= 0xa5
		if _, err := Decode(b, namesAsset); err == nil {
			// A flipped coordinate can still decode; that is fine.
			_ = err
		}
		b[i] = old
	}
}

func FuzzDecodeAtlas(f *testing.F) {
	f.Add(worldAsset[:200])
	f.Add([]byte(atlasMagic + "\x01\x01\x01\x01\x03ABC\x00\x00\x01\x01\x03\x00\x00\x02\x00\x00\x02"))
	f.Fuzz(func(t *testing.T, b []byte) {
		decodeAtlas(b)
	})
}
