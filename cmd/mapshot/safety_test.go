package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSizesOutOfRange checks sizes whose pixel count overflows an int or
// that would hold more GIF frames than memory allows: refused before
// anything is drawn, with no panic and nothing left behind.
func TestSizesOutOfRange(t *testing.T) {
	for _, args := range [][]string{
		{"-o", "x.png", "-width", "4294967296", "-height", "4294967296"},
		{"-o", "x.png", "-width", "9223372036854775807", "-height", "2"},
		{"-o", "x.png", "-width", "-5", "-height", "100"},
		{"-o", "x.svg", "-width", "3037000500", "-height", "3037000500"},
		{"-o", "x.gif", "-width", "5000", "-height", "5000"},
	} {
		dir := t.TempDir()
		code, stderr := runBin(t, dir, args...)
		if code != exitUsage || strings.Contains(stderr, "panic") || !strings.Contains(stderr, "px") {
			t.Errorf("%v: exit %d, stderr:\n%s", args, code, stderr)
		}
		assertEmpty(t, dir)
	}
}

// TestInterruptLeavesNothing stops a GIF export half-way with Ctrl+C
// (SIGINT) and with SIGTERM: the temporary file goes, and no output
// appears.
func TestInterruptLeavesNothing(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(bin, "-o", "steps.gif", "-width", "2400", "-height", "1600")
			cmd.Dir = dir
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(30 * time.Second)
			for !hasTemp(dir) {
				if time.Now().After(deadline) {
					_ = cmd.Process.Kill()
					t.Fatal("no temporary file appeared")
				}
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(200 * time.Millisecond) // into the frames
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			if err == nil {
				t.Fatalf("the export finished before the signal; make it slower (stderr %q)", stderr.String())
			}
			if code := cmd.ProcessState.ExitCode(); code != 128+int(sig) {
				t.Errorf("exit %d (%v), want %d; stderr %q", code, err, 128+int(sig), stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("stderr %q does not say it was interrupted", stderr.String())
			}
			assertEmpty(t, dir)
		})
	}
}

// TestManyProblemsPrintShort loads a story with 5000 unknown fields: the
// command lists the first hundred and counts the rest.
func TestManyProblemsPrintShort(t *testing.T) {
	dir := t.TempDir()
	small, err := os.ReadFile(testdata(t, "small.json"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("{")
	for i := range 5000 {
		fmt.Fprintf(&b, `"unknown%d": 0, `, i)
	}
	b.Write(small[1:])
	story := filepath.Join(dir, "many.json")
	if err := os.WriteFile(story, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stderr := runBin(t, dir, "-o", "x.png", "-data", story)
	if code != exitFail || !strings.Contains(stderr, "(5000 problems)") || !strings.Contains(stderr, "…and 4900 more") ||
		strings.Count(stderr, "\n") > 105 {
		t.Errorf("exit %d, %d lines:\n%.2000s", code, strings.Count(stderr, "\n"), stderr)
	}
}

func hasTemp(dir string) bool {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			return true
		}
	}
	return false
}

func assertEmpty(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		t.Errorf("left behind: %s", e.Name())
	}
}
