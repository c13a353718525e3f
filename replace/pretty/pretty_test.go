package pretty

// How the replacement lays JSON out, and that it leaves what does not
// parse alone. That it keeps every value, through gjson's @pretty and
// @ugly, is tested in the main module (data/pretty_test.go). Run with
// go test in this folder (./test.sh does).

import (
	"math/rand"
	"testing"
)

func TestPrettyLayout(t *testing.T) {
	got := string(PrettyOptions([]byte(`{"b":[1,2,3],"\u0061":{"x":[1,2,3,4,5,6,7,8,9,10,11,12]},"c":{}}`),
		&Options{Width: 20, Indent: "  ", SortKeys: true}))
	want := `{
  "\u0061": {
    "x": [
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12
    ]
  },
  "b": [1,2,3],
  "c": {}
}
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := string(Pretty([]byte(` [1, "a b"] `))); got != "[1,\"a b\"]\n" {
		t.Errorf("a short array: %q", got)
	}
}

func TestPrettyLeavesBrokenInputAlone(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, s := range []string{``, `{`, `[1,`, `{"a"}`, `{"a":1,}x`, `"open`, `[1 2]`, `{1:2}`} {
		if got := Pretty([]byte(s)); string(got) != s {
			t.Errorf("Pretty(%q) = %q, want it unchanged", s, got)
		}
	}
	alphabet := []byte(`{}[]:,"\ 0a1-.eu`)
	for i := 0; i < 5000; i++ {
		b := make([]byte, r.Intn(24))
		for j := range b {
			b[j] = alphabet[r.Intn(len(alphabet))]
		}
		Pretty(b) // must not panic
		Ugly(b)
	}
}
