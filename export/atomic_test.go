package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileCreatesAndReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.svg")
	for _, content := range []string{"first", "second, longer"} {
		err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, content); return err })
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("file holds %q (%v), want %q", got, err, content)
		}
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	assertOnly(t, dir, "map.svg")
}

func TestWriteFileFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.png")
	os.WriteFile(path, []byte("precious"), 0o644)
	boom := errors.New("renderer failed")
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "half a fi") // halfway, then fail
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want it to wrap %v", err, boom)
	}
	if got, _ := os.ReadFile(path); string(got) != "precious" {
		t.Errorf("existing file clobbered: %q", got)
	}
	assertOnly(t, dir, "map.png")
}

func TestWriteFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.pdf")
	err := WriteFile(path, func(w io.Writer) error { return errors.New("no") })
	if err == nil {
		t.Fatal("no error")
	}
	assertOnly(t, dir)
}

func TestWriteFileUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		// root ignores directory permissions; use a path under a file instead.
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "file"), nil, 0o644)
		err := WriteFile(filepath.Join(dir, "file", "map.png"), func(w io.Writer) error { return nil })
		if err == nil || !strings.Contains(err.Error(), "cannot write in") {
			t.Fatalf("error %v, want cannot write in …", err)
		}
		return
	}
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	called := false
	err := WriteFile(filepath.Join(ro, "map.png"), func(w io.Writer) error { called = true; return nil })
	if err == nil || called {
		t.Fatalf("error %v, write called %v; want an error before writing", err, called)
	}
}

func TestWriteFileBadTargets(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{dir + string(filepath.Separator), filepath.Join(dir, "missing", "map.png"), dir} {
		if err := WriteFile(p, func(w io.Writer) error { return nil }); err == nil {
			t.Errorf("%s: no error", p)
		}
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Error("directory target was replaced")
	}
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("directory holds %v, want %v (temporary file left behind?)", got, names)
	}
}
