package bundle

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestBlankLineComments checks the comment lines of the page's scripts
// are emptied, and every other line is kept, in its place: the served
// script has the source's line count, its lines are the source's or
// empty, and no line left starts with //.
func TestBlankLineComments(t *testing.T) {
	got := string(blankLineComments([]byte("a();\n  // one\n\t// two\nvar u = 'http://x'; // kept\n// last")))
	if want := "a();\n\n\nvar u = 'http://x'; // kept\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	names, err := filepath.Glob(filepath.Join("..", "..", "..", "..", WebDir, "*.js"))
	if err != nil || len(names) < 5 {
		t.Fatalf("the page's scripts: %v %v", names, err)
	}
	saved := 0
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out := blankLineComments(src)
		in, kept := bytes.Split(src, []byte("\n")), bytes.Split(out, []byte("\n"))
		if len(in) != len(kept) {
			t.Fatalf("%s: %d lines, served %d", name, len(in), len(kept))
		}
		for i := range in {
			trimmed := bytes.TrimLeft(kept[i], " \t")
			if bytes.HasPrefix(trimmed, []byte("//")) || len(kept[i]) > 0 && !bytes.Equal(kept[i], in[i]) {
				t.Errorf("%s:%d served as %q, source %q", name, i+1, kept[i], in[i])
			}
		}
		saved += len(src) - len(out)
	}
	if saved < 10_000 {
		t.Errorf("%d bytes of comment lines emptied in the page's scripts; they have more", saved)
	}
}
