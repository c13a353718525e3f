package window

import (
	"bytes"
	"image"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stancemap/stancemap/cmd/stancemap/internal/desktop"
	"github.com/stancemap/stancemap/story/sheets"
	"github.com/stancemap/stancemap/widget/ebitenui"
)

// syncBuffer is stderr, written from the loading goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// rig is a shell on a 640×400 screen, drawn frame by frame.
type rig struct {
	t      *testing.T
	s      *Shell
	screen *ebiten.Image
	stderr *syncBuffer
}

func newRig(t *testing.T, path string) *rig {
	t.Helper()
	app, err := desktop.Open(desktop.Config{Data: path, Theme: "light"})
	if err != nil {
		t.Fatal(err)
	}
	r := &rig{t: t, stderr: &syncBuffer{}, screen: ebiten.NewImage(640, 400)}
	r.s = New(app, ebitenui.Options{}, r.stderr)
	t.Cleanup(func() { r.s.watch("") })
	r.s.LayoutF(640, 400)
	r.frame()
	return r
}

func (r *rig) frame() {
	r.t.Helper()
	if err := r.s.Update(); err != nil {
		r.t.Fatal(err)
	}
	r.s.Draw(r.screen)
}

// until draws frames until ok, for at most 5 s (the story is watched every
// quarter second and read off the game's goroutine).
func (r *rig) until(what string, ok func() bool) {
	r.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			r.t.Fatalf("after 5 s, still not %s (title %q; stderr:\n%s)", what, r.s.title, r.stderr)
		}
		time.Sleep(20 * time.Millisecond)
		r.frame()
	}
	r.frame()
}

// pixel reads one pixel of the screen.
func (r *rig) pixel(x, y int) color.RGBA {
	var px [4]byte
	r.screen.SubImage(image.Rect(x, y, x+1, y+1)).(*ebiten.Image).ReadPixels(px[:])
	return color.RGBA{px[0], px[1], px[2], px[3]}
}

// red reports whether the problems page's bar is on screen.
func (r *rig) red() bool {
	c := r.pixel(2, 200)
	return c.R > 0xa0 && c.G < 0x60 && c.B < 0x60
}

func template(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../../../story/sheets/template.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const templateTitle = "Who recognised Guaidó? (a template) — stancemap"

// The story shown is read again when it changes: a mistake shows its
// problems in the window, Esc shows the last good story, and the fixed
// story comes back at the reader's step.
func TestReloadShowsProblems(t *testing.T) {
	file := filepath.Join(t.TempDir(), "story.json")
	good := template(t)
	os.WriteFile(file, good, 0o644)
	r := newRig(t, file)
	if r.s.title != templateTitle || r.red() {
		t.Fatalf("title %q, red %v", r.s.title, r.red())
	}
	r.s.game.Widget().SetEvent(1)

	os.WriteFile(file, bytes.Replace(good, []byte(`"code": "RUS"`), []byte(`"code": "SUN"`), 1), 0o644)
	r.until("showing the problems", r.red)
	if r.s.title != "story.json has problems — stancemap" || !strings.Contains(r.stderr.String(), `"SUN" is not a country in the world atlas`) {
		t.Errorf("title %q; stderr:\n%s", r.s.title, r.stderr)
	}
	if l := r.s.problems.Lines; len(l) != 1 || !strings.HasPrefix(l[0], "countries[1].code:") {
		t.Errorf("problems %q", l)
	}

	r.s.back() // Esc
	r.frame()
	if r.red() || r.s.title != templateTitle {
		t.Errorf("Esc: red %v, title %q", r.red(), r.s.title)
	}

	os.WriteFile(file, bytes.Replace(good, []byte("(a template)"), []byte("(fixed)"), 1), 0o644)
	r.until("read again", func() bool { return r.s.title == "Who recognised Guaidó? (fixed) — stancemap" })
	if r.red() || r.s.game.Widget().Event() != 1 {
		t.Errorf("after the fix: red %v, step %d (want the reader's, 1)", r.red(), r.s.game.Widget().Event())
	}

	// A story that goes away is said so, and comes back with its file.
	os.Remove(file)
	r.until("saying it cannot be read", func() bool { return r.s.title == "story.json cannot be read — stancemap" })
	if !r.red() {
		t.Error("no page for a story that went away")
	}
	os.WriteFile(file, good, 0o644)
	r.until("back", func() bool { return r.s.title == templateTitle && !r.red() })
}

// Ctrl+O opens the prompt; Enter opens what it names, or says why not;
// Esc closes it.
func TestPrompt(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "story.json")
	os.WriteFile(file, template(t), 0o644)
	r := newRig(t, "")
	if r.s.title != "Guaidó or Maduro: which governments backed whom — stancemap" {
		t.Fatalf("the built-in story's title: %q", r.s.title)
	}
	r.s.shortcut("Ctrl+O", r.s.game.Widget())
	r.frame()
	if r.s.prompt == nil || r.s.pageNow().Prompt == nil {
		t.Fatal("no prompt")
	}
	r.s.prompt.Text = filepath.Join(dir, "nope.json")
	r.s.submit()
	r.until("saying the file is missing", func() bool { return strings.Contains(r.s.prompt.Msg, "no such file") })

	r.s.prompt.Text = filepath.Join(dir, "sto")
	r.s.prompt.Complete()
	r.s.submit()
	r.until("showing the story", func() bool { return r.s.title == templateTitle })
	if r.s.prompt != nil || r.s.watched != file {
		t.Errorf("prompt %v, watching %q", r.s.prompt, r.s.watched)
	}
	if w := r.s.game.Widget(); w.Event() != 2 {
		t.Errorf("another story opens at its last step, not %d", w.Event())
	}

	r.s.shortcut("Ctrl+O", r.s.game.Widget())
	r.s.closePrompt()
	r.frame()
	if r.s.pageNow() != nil || r.s.game.Widget() != r.s.app.Widget {
		t.Error("Esc did not go back to the map")
	}
}

// dropFS is what Ebiten's DroppedFiles gives on the desktop: the dropped
// paths by their base names, opened as *os.File.
type dropFS []string

func (d dropFS) Open(name string) (fs.File, error) {
	for _, p := range d {
		if filepath.Base(p) == name {
			return os.Open(p)
		}
	}
	return nil, fs.ErrNotExist
}

func (d dropFS) ReadDir(string) ([]fs.DirEntry, error) {
	var out []fs.DirEntry
	for _, p := range d {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		out = append(out, fs.FileInfoToDirEntry(fi))
	}
	return out, nil
}

// A folder of sheets dropped on the window opens; a file that is no story
// is said over the map.
func TestDrop(t *testing.T) {
	r := newRig(t, "")
	sh, err := sheets.Template()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "my story")
	if err := sheets.WriteDir(dir, sh, sheets.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	photo := filepath.Join(t.TempDir(), "photo.png")
	os.WriteFile(photo, []byte("x"), 0o644)

	r.s.drop(dropFS{photo})
	r.frame()
	if n := r.s.game.Widget().Notice(); !strings.Contains(n, "drop a story file (.json) or a folder of sheets") {
		t.Errorf("notice %q", n)
	}
	r.s.drop(dropFS{dir})
	r.until("showing the dropped story", func() bool { return r.s.title == templateTitle })
	if r.s.watched != dir {
		t.Errorf("watching %q", r.s.watched)
	}
}
