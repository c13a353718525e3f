package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
)

func TestCheckStyle(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	storyFile := write("story.json", string(data.DefaultJSON()))
	good := write("good.json", `{"sides": {"guaido": {"color": "#1b6fa8", "colorDark": "#5ab4f0"}}}`)
	bad := write("bad.json", `{"sides": {"guaido": "#cc3333", "maduro": "#338833"}}`)
	broken := write("broken.json", `{"sides": {"guaido": "red"}}`)

	if code, out, errOut := runBin(t, dir, "check", "-style", good, storyFile); code != 0 || !strings.Contains(out, "no problems, no warnings") {
		t.Errorf("good style: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ := runBin(t, dir, "check", "-strict", "-style", bad, storyFile)
	if code != 1 || !strings.Contains(out, "warning: sides[1].color: ") || !strings.Contains(out, "deuteranopia") || !strings.Contains(out, "bad.json's colours") {
		t.Errorf("red/green style: exit %d\n%s", code, out)
	}
	code, _, errOut := runBin(t, dir, "check", "-style", broken, storyFile)
	if code != 1 || !strings.Contains(errOut, "broken.json: sides.guaido") {
		t.Errorf("broken style: exit %d, stderr %q", code, errOut)
	}
}
