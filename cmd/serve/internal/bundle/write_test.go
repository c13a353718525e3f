package bundle

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteDir(t *testing.T) {
	b := fakeBundle(t)
	dir := filepath.Join(t.TempDir(), "dist")
	if err := b.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range b.Names() {
		f := b.File(name)
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s differs", name)
		}
		br, brErr := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)+".br"))
		gz, gzErr := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)+".gz"))
		if f.Br == nil {
			if brErr == nil || gzErr == nil {
				t.Errorf("%s: siblings written for a file without compressed forms", name)
			}
			continue
		}
		if brErr != nil || gzErr != nil {
			t.Fatalf("%s: missing siblings: %v, %v", name, brErr, gzErr)
		}
		if !bytes.Equal(unbrotli(t, br), f.Data) || !bytes.Equal(gunzip(t, gz), f.Data) {
			t.Errorf("%s: a sibling does not decode to the file", name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, fakeWasmName+".br")); err != nil {
		t.Errorf("the wasm must have a .br sibling: %v", err)
	}
	// No temporary folders are left beside the bundle.
	entries, err := os.ReadDir(filepath.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("parent holds %d entries, want only dist", len(entries))
	}
}

func TestWriteDirReplacesEarlierBundle(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := fakeBundle(t).WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, "stale.txt")
	if err := os.WriteFile(stale, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := fakeBundle(t)
	changed := &File{Name: "embed.html", Data: []byte("<p>new</p>")}
	if err := b.Add(changed); err != nil {
		t.Fatal(err)
	}
	if err := b.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a file of the earlier bundle survived")
	}
	got, err := os.ReadFile(filepath.Join(dir, "embed.html"))
	if err != nil || string(got) != "<p>new</p>" {
		t.Errorf("embed.html = %q, %v", got, err)
	}
}

func TestWriteDirRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	precious := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(precious, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := fakeBundle(t).WriteDir(dir)
	if err == nil || !strings.Contains(err.Error(), "not replacing") {
		t.Fatalf("WriteDir into a foreign folder: err = %v, want a refusal", err)
	}
	if got, err := os.ReadFile(precious); err != nil || string(got) != "keep me" {
		t.Errorf("the foreign folder was touched: %q, %v", got, err)
	}
}

func TestWriteDirIntoEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	if err := fakeBundle(t).WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Error(err)
	}
}
