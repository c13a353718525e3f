package main

import (
	"strings"
	"testing"
)

func TestStyleFlag(t *testing.T) {
	c, err := parseArgs([]string{"-out", "dist", "-style", "daily.json"}, nil, nil)
	if err != nil || c.style != "daily.json" {
		t.Fatalf("parseArgs: %+v %v", c, err)
	}
	// A preview shows the story as it is: a style there is refused, before
	// anything is served.
	err = run("127.0.0.1:0", "", 9, "", "my-story.json", "daily.json", nil)
	if err == nil || !strings.Contains(err.Error(), "-style") {
		t.Errorf("preview with -style: %v", err)
	}
	// A style that cannot be read stops the build, naming the file.
	err = run("127.0.0.1:0", t.TempDir(), 9, "", "", "missing-style.json", nil)
	if err == nil || !strings.Contains(err.Error(), "missing-style.json") {
		t.Errorf("missing style: %v", err)
	}
}
