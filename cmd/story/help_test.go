package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/internal/usage"
)

// TestHelpExamples runs every subcommand's -h, checking it goes to stdout
// with exit 0 and names the command's flags, then runs its examples for
// real in one folder, in the order an editor would (new, import, check,
// export): none may be refused as a bad command line (exit 2).
func TestHelpExamples(t *testing.T) {
	dir := t.TempDir()
	helps := []struct {
		help  usage.Help
		flags []string
	}{
		{helpNew, []string{"-o", "-sep", "-force"}},
		{helpImport, []string{"-o"}},
		{helpCheck, []string{"-json", "-previous", "-strict"}},
		{helpExport, []string{"-o", "-sep", "-force"}},
	}
	for _, h := range helps {
		name := strings.TrimPrefix(h.help.Command, "story ")
		code, out, errs := runBin(t, dir, name, "-h")
		if code != 0 || errs != "" || !strings.HasPrefix(out, "usage: story "+name+" ") || !strings.Contains(out, "examples:") {
			t.Errorf("%s -h: exit %d, stderr %q, stdout:\n%s", name, code, errs, out)
		}
		for _, f := range h.flags {
			if !strings.Contains(out, "  "+f+" ") && !strings.Contains(out, "  "+f+"\n") {
				t.Errorf("%s -h does not name %s", name, f)
			}
		}
		err := h.help.Check(func(args []string) error {
			if code, _, errs := runBin(t, dir, append([]string{name}, args...)...); code == exitUsage {
				t.Errorf("story %s %s: refused: %s", name, usage.Quote(args), errs)
			}
			return nil
		})
		if err != nil {
			t.Error(err)
		}
		if name == "import" { // check's example compares with a published version
			b, _ := os.ReadFile(filepath.Join(dir, "my-story.json"))
			os.WriteFile(filepath.Join(dir, "published.json"), b, 0o644)
		}
	}
	for _, made := range []string{"my-story/events.csv", "my-story.json", "sheets/events.csv"} {
		if _, err := os.Stat(filepath.Join(dir, made)); err != nil {
			t.Errorf("the examples did not make %s: %v", made, err)
		}
	}
}
