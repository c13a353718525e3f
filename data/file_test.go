package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"format": 1, "events": "soon"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path string
		want       []string // substrings of the error; none means it loads
	}{
		{"built-in", "", nil},
		{"example", "testdata/example.json", nil},
		{"missing", filepath.Join(dir, "nope.json"), []string{"story:", "nope.json"}},
		{"invalid", bad, []string{bad + " is not a valid story", "problems):\n  ", "events"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := LoadFile(tc.path, Options{})
			if len(tc.want) == 0 {
				if err != nil || s == nil {
					t.Fatalf("LoadFile(%q) = %v, %v; want a story", tc.path, s, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("LoadFile(%q) loaded; want an error", tc.path)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}
