package main

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"image/gif"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// bin is mapshot built once for all tests, the way users run it.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mapshot-test")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "mapshot")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		panic("go build: " + err.Error() + "\n" + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runBin runs the binary in dir and returns its exit code and stderr.
func runBin(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	code, _, stderr := runBinOut(t, dir, args...)
	return code, stderr
}

func testdata(t *testing.T, name string) string {
	p, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCLI(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr []string // substrings stderr must contain
		out    string   // file expected afterwards ("" = none)
		check  func(t *testing.T, b []byte)
	}{
		{name: "no output", args: nil, code: 2, stderr: []string{"give -o FILE, -o DIR/, or -o - with -format"}},
		{name: "unknown format", args: []string{"-o", "map.jpg"}, code: 2, stderr: []string{"unknown format .jpg", ".png .svg .pdf .csv .gif"}},
		{name: "bad flag", args: []string{"-o", "map.png", "-zoom", "3"}, code: 2, stderr: []string{"flag provided but not defined: -zoom"}},
		{name: "stray argument", args: []string{"-o", "map.png", "extra"}, code: 2, stderr: []string{`unexpected argument "extra"`}},
		{name: "unknown event lists valid ones", args: []string{"-o", "map.png", "-event", "2030-01-01"}, code: 2,
			stderr: []string{`no event "2030-01-01"`, "guaido-claim (2019-01-23)"}},
		{name: "unknown paper", args: []string{"-o", "map.png", "-size", "a5"}, code: 2, stderr: []string{`unknown paper size "a5"`, "tabloid"}},
		{name: "width without height", args: []string{"-o", "map.png", "-width", "800"}, code: 2, stderr: []string{"both -width and -height"}},
		{name: "size and width", args: []string{"-o", "map.png", "-size", "a4", "-width", "8", "-height", "8"}, code: 2, stderr: []string{"not both"}},
		{name: "absurd dpi", args: []string{"-o", "map.png", "-size", "a3", "-dpi", "5000"}, code: 2, stderr: []string{"dpi 5000"}},
		{name: "unknown region", args: []string{"-o", "map.png", "-region", "mars"}, code: 2, stderr: []string{`region "mars": want one of`, "europe"}},
		{name: "unknown theme", args: []string{"-o", "map.png", "-theme", "purple"}, code: 2, stderr: []string{`theme "purple": want light or dark`}},
		{name: "unknown lang", args: []string{"-o", "map.png", "-lang", "de"}, code: 2, stderr: []string{`lang "de": the story is written in`, "en, es, ru"}},
		{name: "bad story", args: []string{"-o", "map.png", "-data", "BAD"}, code: 1,
			stderr: []string{"not a valid story", "sides[0].color", "events[0].date"}},
		{name: "missing story", args: []string{"-o", "map.png", "-data", "nope.json"}, code: 1, stderr: []string{"nope.json"}},
		{name: "unwritable directory", args: []string{"-o", "no/such/dir/map.png", "-width", "100", "-height", "80"}, code: 1,
			stderr: []string{"cannot write in no/such/dir/"}},
		{name: "png pixels", args: []string{"-o", "map.png", "-width", "640", "-height", "400", "-event", "guaido-claim"}, out: "map.png",
			check: func(t *testing.T, b []byte) {
				img, err := png.Decode(bytes.NewReader(b))
				if err != nil || img.Bounds().Dx() != 640 || img.Bounds().Dy() != 400 {
					t.Fatalf("png %v %v", err, img.Bounds())
				}
				if ppm := binary.BigEndian.Uint32(b[8+25+8:]); string(b[8+25+4:8+25+8]) != "pHYs" || ppm != 3780 {
					t.Errorf("pHYs %q %d, want 96 dpi (3780 px/m)", b[8+25+4:8+25+8], ppm)
				}
			}},
		{name: "png paper", args: []string{"-o", "map.png", "-size", "letter", "-landscape", "-dpi", "72", "-grayscale", "-region", "europe"}, out: "map.png",
			check: func(t *testing.T, b []byte) {
				img, err := png.Decode(bytes.NewReader(b))
				if err != nil || img.Bounds().Dx() != 792 || img.Bounds().Dy() != 612 {
					t.Fatalf("letter landscape at 72 dpi: %v %v", err, img.Bounds())
				}
				for y := 0; y < 612; y += 7 {
					for x := 0; x < 792; x += 7 {
						r, g, b, _ := img.At(x, y).RGBA()
						if max(r, g, b)-min(r, g, b) > 0x1800 {
							t.Fatalf("-grayscale left a colour at (%d,%d): %v %v %v", x, y, r>>8, g>>8, b>>8)
						}
					}
				}
			}},
		{name: "svg", args: []string{"-o", "map.svg", "-size", "a3", "-lang", "es", "-title", "Título <propio> & más"}, out: "map.svg",
			check: func(t *testing.T, b []byte) {
				for _, want := range []string{`width="297.0mm"`, `height="420.0mm"`, "Título &lt;propio&gt; &amp; más"} {
					if !bytes.Contains(b, []byte(want)) {
						t.Errorf("svg lacks %q", want)
					}
				}
			}},
		{name: "pdf", args: []string{"-o", "map.pdf", "-lang", "ru", "-theme", "dark", "-credit", "Редакция"}, out: "map.pdf",
			check: func(t *testing.T, b []byte) {
				if !bytes.HasPrefix(b, []byte("%PDF")) || !bytes.Contains(b, []byte("/FontFile2")) || !bytes.Contains(b, []byte("/MediaBox [0 0 595.28 841.89]")) {
					t.Error("not an A4 portrait PDF with an embedded font")
				}
			}},
		{name: "csv", args: []string{"-o", "data.csv", "-lang", "es", "-event", "2019-01-23"}, out: "data.csv",
			check: func(t *testing.T, b []byte) {
				rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				if len(rows) < 200 || strings.Join(rows[0], ",") != "code,name,side,since,uncertain,sources,standing" {
					t.Fatalf("%d rows, header %v", len(rows), rows[0])
				}
				found := false
				for _, r := range rows {
					if r[0] == "DEU" {
						found = r[1] == "Alemania"
					}
				}
				if !found {
					t.Error("no DEU row named Alemania in -lang es")
				}
			}},
		{name: "gif", args: []string{"-o", "post.gif", "-data", "SMALL", "-width", "300", "-height", "200"}, out: "post.gif",
			check: func(t *testing.T, b []byte) {
				g, err := gif.DecodeAll(bytes.NewReader(b))
				if err != nil || len(g.Image) != 2 {
					t.Fatalf("gif: %v, want 2 frames", err)
				}
			}},
		{name: "custom story in russian", args: []string{"-o", "small.png", "-data", "SMALL", "-lang", "ru", "-width", "300", "-height", "200", "-event", "first"}, out: "small.png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for i, a := range tt.args {
				switch a {
				case "BAD":
					tt.args[i] = testdata(t, "bad.json")
				case "SMALL":
					tt.args[i] = testdata(t, "small.json")
				}
			}
			code, stderr := runBin(t, dir, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			if tt.code == 0 && stderr != "" {
				t.Errorf("success printed to stderr: %s", stderr)
			}
			ents, _ := os.ReadDir(dir)
			var names []string
			for _, e := range ents {
				names = append(names, e.Name())
			}
			if want := tt.out; strings.Join(names, ",") != want {
				t.Fatalf("directory holds %v, want %q", names, want)
			}
			if tt.check != nil {
				b, err := os.ReadFile(filepath.Join(dir, tt.out))
				if err != nil {
					t.Fatal(err)
				}
				tt.check(t, b)
			}
		})
	}
}

func TestFailureKeepsExistingFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.png")
	os.WriteFile(path, []byte("yesterday's map"), 0o644)
	for _, args := range [][]string{
		{"-o", "map.png", "-event", "nope"},
		{"-o", "map.png", "-data", testdata(t, "bad.json")},
	} {
		if code, _ := runBin(t, dir, args...); code == 0 {
			t.Errorf("%v succeeded", args)
		}
		if b, _ := os.ReadFile(path); string(b) != "yesterday's map" {
			t.Fatalf("%v clobbered the existing file", args)
		}
	}
}

func TestSameInputSameBytes(t *testing.T) {
	for _, name := range []string{"a.png", "a.svg", "a.pdf"} {
		var got [][]byte
		for i := 0; i < 2; i++ {
			dir := t.TempDir()
			if code, stderr := runBin(t, dir, "-o", name, "-width", "500", "-height", "300", "-event", "a-year-on"); code != 0 {
				t.Fatalf("%s: exit %d: %s", name, code, stderr)
			}
			b, _ := os.ReadFile(filepath.Join(dir, name))
			got = append(got, b)
		}
		if !bytes.Equal(got[0], got[1]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

// TestVersion checks -version names the command and the Go release
// (buildinfo's tests check the rest of the line).
func TestVersion(t *testing.T) {
	var out, errs bytes.Buffer
	defer func(w io.Writer) { stdout = w }(stdout)
	stdout = &out
	if code := run([]string{"-version"}, &errs); code != 0 || !strings.HasPrefix(out.String(), "mapshot ") || !strings.Contains(out.String(), "("+runtime.Version()+")") {
		t.Errorf("-version: exit %d, %q, stderr %q", code, out.String(), errs.String())
	}
}
