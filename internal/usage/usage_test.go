package usage

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"strings"
	"testing"
)

func sample() (*flag.FlagSet, Help) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.String("o", "", "output `file`")
	fs.Bool("v", false, "say more")
	return fs, Help{
		Command: "tool", Synopsis: "-o FILE [-v]", About: "Tool does one thing.",
		Examples: []Example{{Args: []string{"-o", "my map.png"}, Note: "a map"}, {Args: []string{"-v", "-o", "x"}}},
	}
}

func TestParseHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		fs, h := sample()
		var out bytes.Buffer
		if err := Parse(fs, []string{arg}, h, &out); !errors.Is(err, flag.ErrHelp) {
			t.Fatalf("%s: err %v, want flag.ErrHelp", arg, err)
		}
		s := out.String()
		for _, want := range []string{"usage: tool -o FILE [-v]\n", "Tool does one thing.", "flags:", "-o file", "say more",
			"examples:", "tool -o 'my map.png'\n      a map", "tool -v -o x\n"} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: help lacks %q:\n%s", arg, want, s)
			}
		}
	}
}

func TestParseBadFlag(t *testing.T) {
	fs, h := sample()
	var errOut, out bytes.Buffer
	fs.SetOutput(&errOut)
	err := Parse(fs, []string{"-zoom"}, h, &out)
	if !errors.Is(err, ErrBadFlags) {
		t.Fatalf("err %v, want ErrBadFlags", err)
	}
	if out.Len() != 0 {
		t.Errorf("a bad flag wrote to stdout: %q", out.String())
	}
	if s := errOut.String(); !strings.Contains(s, "-zoom") || strings.Contains(s, "say more") {
		t.Errorf("stderr %q: want the flag named, without every flag listed", s)
	}
}

func TestCheck(t *testing.T) {
	_, h := sample()
	parse := func(args []string) error {
		fs, _ := sample()
		return fs.Parse(args)
	}
	if err := h.Check(parse); err != nil {
		t.Errorf("good examples: %v", err)
	}
	h.Examples = append(h.Examples, Example{Args: []string{"-size", "a4"}})
	if err := h.Check(parse); err == nil || !strings.Contains(err.Error(), "tool -size a4") {
		t.Errorf("an example with an unknown flag: err %v, want it named", err)
	}
	if err := (Help{Command: "x"}).Check(parse); err == nil {
		t.Error("no examples passed")
	}
}

func TestQuote(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-o", "a.png"}, "-o a.png"},
		{[]string{"-title", "Who's who"}, `-title 'Who'\''s who'`},
		{[]string{"-o", ""}, "-o ''"},
		{[]string{"-o", "DIR/"}, "-o DIR/"},
	}
	for _, tt := range tests {
		if got := Quote(tt.args); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.args, got, tt.want)
		}
	}
}

// TestUnnamed checks that a help text missing a flag's line is caught,
// and one naming every flag passes.
func TestUnnamed(t *testing.T) {
	fs, h := sample()
	var b bytes.Buffer
	h.Write(&b, fs)
	if missing := Unnamed(b.String(), fs); len(missing) > 0 {
		t.Errorf("the help Write makes leaves out %v", missing)
	}
	fs.Bool("extra", false, "not in the text")
	if missing := Unnamed(b.String(), fs); len(missing) != 1 || missing[0] != "extra" {
		t.Errorf("a flag missing from the text: Unnamed = %v, want [extra]", missing)
	}
}
