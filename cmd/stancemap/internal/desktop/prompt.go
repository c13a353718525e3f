package desktop

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// Prompt is the line the window shows for Ctrl+O: the path of a story
// file or a folder of sheets, typed, with Tab completing names as a shell
// does. Ebiten has no native file dialog, and calling one (zenity,
// kdialog, a portal) would work on some desktops only; a typed path works
// everywhere, and dropping a file on the window is the mouse's way.
type Prompt struct {
	Text string
	Msg  string // why the last Enter failed, or the names Tab could complete to
}

// NewPrompt starts a prompt in dir (with a separator after it), the folder
// of the story shown, so a sibling file is a few keys away.
func NewPrompt(dir string) *Prompt {
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return &Prompt{Text: strings.TrimSuffix(dir, string(filepath.Separator)) + string(filepath.Separator)}
}

// Type adds text typed at the end.
func (p *Prompt) Type(rs []rune) {
	for _, r := range rs {
		if r >= ' ' && r != 0x7f {
			p.Text += string(r)
			p.Msg = ""
		}
	}
}

// Backspace removes the last character.
func (p *Prompt) Backspace() {
	if _, n := utf8.DecodeLastRuneInString(p.Text); n > 0 {
		p.Text = p.Text[:len(p.Text)-n]
		p.Msg = ""
	}
}

// Path is the typed path, with a leading ~ as the home folder.
func (p *Prompt) Path() string {
	t := strings.TrimSpace(p.Text)
	if t == "~" || strings.HasPrefix(t, "~"+string(filepath.Separator)) {
		if home, err := os.UserHomeDir(); err == nil {
			t = home + t[1:]
		}
	}
	return t
}

// Complete extends the last name of the path as far as the entries of its
// folder agree, adding a separator after a folder's whole name; when
// several remain, Msg lists some of them. Hidden entries are offered only
// for a name that starts with ".".
func (p *Prompt) Complete() {
	path := p.Path()
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		p.Msg = "no such folder: " + dir
		return
	}
	var names []string
	var isDir []bool
	for _, e := range ents {
		n := e.Name()
		if strings.HasPrefix(n, base) && (strings.HasPrefix(base, ".") || !strings.HasPrefix(n, ".")) {
			names = append(names, n)
			isDir = append(isDir, e.IsDir() || e.Type()&fs.ModeSymlink != 0 && isFolder(filepath.Join(dir, n)))
		}
	}
	switch len(names) {
	case 0:
		p.Msg = "nothing here starts with " + base
		return
	case 1:
		add := names[0][len(base):]
		if isDir[0] {
			add += string(filepath.Separator)
		}
		p.Text += add
		p.Msg = ""
		return
	}
	common := names[0]
	for _, n := range names[1:] {
		for !strings.HasPrefix(n, common) {
			_, size := utf8.DecodeLastRuneInString(common)
			common = common[:len(common)-size]
		}
	}
	p.Text += common[len(base):]
	slices.Sort(names)
	if len(names) > 8 {
		names = append(names[:8], "…")
	}
	p.Msg = strings.Join(names, "   ")
}

func isFolder(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
