package bundle

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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
	// No temporary files or folders are left in or beside the bundle.
	entries, err := os.ReadDir(filepath.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("parent holds %d entries, want only dist", len(entries))
	}
	if got := strings.Join(tree(t, dir), " "); strings.Contains(got, "tmp") {
		t.Errorf("temporary files left: %s", got)
	}
}

// TestWriteDirKeepsWhatItDidNotWrite writes a bundle, adds a host's files
// to it, and writes another bundle (a new wasm, a changed page, a poster
// gone) over it: the host's files stay, the earlier bundle's files that the
// new one lacks go.
func TestWriteDirKeepsWhatItDidNotWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := fakeBundle(t).WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	mine := map[string]string{"robots.txt": "User-agent: *", "_headers": "/*\n  X-Frame-Options: DENY", ".htaccess": "Header set X-Content-Type-Options nosniff",
		"posters/credits.txt": "photos: ours", "stale.txt": "old"}
	writeTree(t, dir, mine)
	b := New()
	for _, f := range []*File{
		{Name: "index.html", Data: []byte("<p>article</p>")},
		{Name: "embed.html", Data: []byte("<p>new</p>")},
		{Name: WasmName([]byte("\x00asm new")), Data: []byte("\x00asm new")},
	} {
		if err := b.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	for name, content := range mine {
		if got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name))); err != nil || string(got) != content {
			t.Errorf("the host's %s: %q, %v", name, got, err)
		}
	}
	want := []string{ManifestName, ".htaccess", "_headers", "embed.html", "index.html", "posters/credits.txt", "robots.txt", "stale.txt",
		WasmName([]byte("\x00asm new"))}
	slices.Sort(want)
	if got := tree(t, dir); !slices.Equal(got, want) {
		t.Errorf("dist holds\n%q\nwant\n%q", got, want)
	}
	if got, err := os.ReadFile(filepath.Join(dir, "embed.html")); err != nil || string(got) != "<p>new</p>" {
		t.Errorf("embed.html = %q, %v", got, err)
	}
}

// TestWriteDirThroughSymlink writes into a folder reached by a symlink:
// the link stays, and the files land in the folder it points to.
func TestWriteDirThroughSymlink(t *testing.T) {
	root := t.TempDir()
	real := filepath.Join(root, "releases", "2026-12")
	if err := os.MkdirAll(real, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(root, "dist")
	if err := os.Symlink(filepath.Join("releases", "2026-12"), link); err != nil {
		t.Fatal(err)
	}
	for range 2 { // into the empty folder, then over the bundle there
		if err := fakeBundle(t).WriteDir(link); err != nil {
			t.Fatal(err)
		}
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("dist is no longer a symlink (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(real, "embed.html")); err != nil {
		t.Errorf("the bundle is not in the link's folder: %v", err)
	}
	if got := tree(t, root); len(got) != 1+len(tree(t, real)) {
		t.Errorf("files outside the link's folder: %q", got)
	}
}

// TestWriteDirManifestStaysInside checks that names in a tampered list of
// written files cannot make WriteDir delete anything outside the bundle.
func TestWriteDirManifestStaysInside(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "dist")
	if err := fakeBundle(t).WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	writeTree(t, root, map[string]string{"precious.txt": "keep", "dist2/x": "keep"})
	list := filepath.Join(dir, ManifestName)
	b, err := os.ReadFile(list)
	if err != nil {
		t.Fatal(err)
	}
	bad := "../precious.txt\n/" + filepath.ToSlash(filepath.Join(root, "dist2", "x")) + "\nposters/../../precious.txt\n..\n.\n\n"
	if err := os.WriteFile(list, append(b, bad...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := fakeBundle(t).WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(root, "precious.txt"), filepath.Join(root, "dist2", "x")} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was deleted", p)
		}
	}
}

// TestWriteDirOverOldBundle writes over a bundle from before the list of
// written files: a host's file in it stays.
func TestWriteDirOverOldBundle(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"embed.html": "old", "stancemap.wasm": "old", "robots.txt": "mine"})
	if err := fakeBundle(t).WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(filepath.Join(dir, "robots.txt")); err != nil || string(got) != "mine" {
		t.Errorf("robots.txt: %q, %v", got, err)
	}
}

// tree lists the files under dir, as sorted slash paths.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		out = append(out, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func TestWriteDirRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	precious := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(precious, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := fakeBundle(t).WriteDir(dir)
	if err == nil || !strings.Contains(err.Error(), "not writing into it") {
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
