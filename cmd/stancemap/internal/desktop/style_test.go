package desktop

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/story"
	"github.com/stancemap/stancemap/widget/glyph"
	"github.com/stancemap/stancemap/widget/style/styletest"
	"github.com/stancemap/stancemap/widget/theme"
)

func TestOpenWithStyle(t *testing.T) {
	styletest.Restore(t)
	dir := styletest.Folder(t, map[string]string{
		"good.json": `{"sides": {"maduro": "#aa3377"}, "light": {"background": "#fdf6e3"},
		"fonts": {"regular": "mono.ttf", "licence": "LICENCE"}}`,
		"bad.json": `{"light": {"background": "beige"}}`,
	})
	good, bad := filepath.Join(dir, "good.json"), filepath.Join(dir, "bad.json")
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	if _, err := Open(Config{Style: bad}); err == nil || !strings.Contains(err.Error(), "bad.json: light.background") {
		t.Errorf("bad style: %v", err)
	}
	a, err := Open(Config{Style: good, Theme: theme.ModeLight})
	if err != nil {
		t.Fatal(err)
	}
	if a.Story.Side("maduro").Color != "#aa3377" || theme.ByName("light").Background != hexColor(t, "#fdf6e3") || glyph.Face(false) != a.Style.Regular {
		t.Error("the style's colours or font are not in use")
	}
	// A story opened later gets the style's colours too; one whose sides
	// the style does not know is listed as a problem in the window.
	other := write("other.json", data.DefaultJSON())
	b, err := a.Reopen(other, a.Place())
	if err != nil || b.Story.Side("maduro").Color != "#aa3377" {
		t.Errorf("reopened: %v", err)
	}
	renamed := strings.ReplaceAll(string(data.DefaultJSON()), `"maduro"`, `"chavista"`)
	if renamed == string(data.DefaultJSON()) {
		t.Fatal("fixture: no maduro side to rename")
	}
	_, err = a.Reopen(write("renamed.json", []byte(renamed)), a.Place())
	var inv *story.Invalid
	if !errors.As(err, &inv) || !strings.Contains(inv.Lines[0], `no side "maduro"`) {
		t.Errorf("a story the style does not fit: %v", err)
	}
}
