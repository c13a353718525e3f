package desktop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPromptEditsAndCompletes(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"stories", "story-a.json", "story-b.json", ".hidden.json", "notes.txt"} {
		if strings.Contains(n, ".") {
			os.WriteFile(filepath.Join(dir, n), []byte("{}"), 0o644)
		} else {
			os.Mkdir(filepath.Join(dir, n), 0o755)
		}
	}
	sep := string(filepath.Separator)
	p := NewPrompt(dir)
	if p.Text != dir+sep {
		t.Fatalf("starts at %q", p.Text)
	}
	p.Type([]rune("st\x08\x7f"))
	if p.Text != dir+sep+"st" {
		t.Fatalf("typed %q", p.Text)
	}
	p.Complete()
	if p.Text != dir+sep+"stor" || !strings.Contains(p.Msg, "stories   story-a.json   story-b.json") {
		t.Errorf("ambiguous completion: %q, %q", p.Text, p.Msg)
	}
	p.Type([]rune("i"))
	p.Complete()
	if p.Text != dir+sep+"stories"+sep || p.Msg != "" {
		t.Errorf("a folder completes with a separator: %q %q", p.Text, p.Msg)
	}
	for range "ies/" {
		p.Backspace()
	}
	p.Type([]rune("y-b"))
	p.Complete()
	if p.Text != dir+sep+"story-b.json" || p.Path() != filepath.Join(dir, "story-b.json") {
		t.Errorf("a file completes: %q", p.Text)
	}
	p.Text = dir + sep + "zz"
	p.Complete()
	if !strings.Contains(p.Msg, "nothing here starts with zz") {
		t.Errorf("no completion: %q", p.Msg)
	}
	p.Text = dir + sep + "."
	p.Complete()
	if p.Text != dir+sep+".hidden.json" {
		t.Errorf("hidden files for a leading dot: %q", p.Text)
	}
	if home, err := os.UserHomeDir(); err == nil {
		p.Text = "~" + sep + "x.json"
		if p.Path() != filepath.Join(home, "x.json") {
			t.Errorf("~ is not home: %q", p.Path())
		}
	}
}
