package desktop

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/stancemap/stancemap/geo"
)

// buildApp compiles the desktop app once per test run.
func buildApp(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "stancemap")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/stancemap/stancemap/cmd/stancemap").CombinedOutput()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// displayCommand runs bin in a real window: directly when there is a
// display, else under xvfb-run.
func displayCommand(t *testing.T, bin string, args ...string) *exec.Cmd {
	t.Helper()
	if os.Getenv("DISPLAY") != "" {
		return exec.Command(bin, args...)
	}
	xvfb, err := exec.LookPath("xvfb-run")
	if err != nil {
		t.Fatal("this test draws in a real window: it needs $DISPLAY or xvfb-run (Debian package xvfb)")
	}
	return exec.Command(xvfb, append([]string{"-a", bin}, args...)...)
}

// TestScreenshot runs the real game loop and checks the frame it drew: at
// 23 January 2019 the United States and Brazil have the Guaidó colour and
// Russia the Maduro colour, found at their label anchors in the view.
func TestScreenshot(t *testing.T) {
	bin := buildApp(t)
	sizes := []struct{ w, h int }{{1280, 720}, {360, 640}}
	for _, sz := range sizes {
		shot := filepath.Join(t.TempDir(), "shot.png")
		cmd := displayCommand(t, bin, "-event", "2019-01-23", "-theme", "light",
			"-width", itoa(sz.w), "-height", itoa(sz.h), "-screenshot", shot)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%dx%d: %v\n%s", sz.w, sz.h, err, out)
		}
		img := readPNG(t, shot)
		if img.Bounds().Dx() < sz.w || img.Bounds().Dy() < sz.h {
			t.Fatalf("%dx%d: screenshot is %v", sz.w, sz.h, img.Bounds())
		}
		dpr := float64(img.Bounds().Dx()) / float64(sz.w)

		app, err := Open(Config{Event: "2019-01-23", Theme: "light"})
		if err != nil {
			t.Fatal(err)
		}
		app.Widget.Resize(float64(sz.w), float64(sz.h), dpr)
		v := app.Widget.View()
		want := map[string]string{"USA": "guaido", "BRA": "guaido", "RUS": "maduro"}
		// Brazil is looked at in its south: at 360 px the subject's name
		// may sit below Venezuela, over Brazil's label anchor.
		at := map[string]orb.Point{"BRA": geo.EqualEarth(orb.Point{-50, -14})}
		for code, side := range want {
			p, ok := at[code]
			if !ok {
				p = app.World.Country(code).Anchor
			}
			x, y := v.ToScreen(p)
			got := img.At(int(x*dpr), int(y*dpr))
			wantC := hexColor(t, app.Story.Side(side).Color)
			if !near(got, wantC, 24) {
				t.Errorf("%dx%d: %s at (%.0f, %.0f) is %v, want the %s colour %v", sz.w, sz.h, code, x, y, got, side, wantC)
			}
		}
	}
}

func TestBadStoryExitsWithProblems(t *testing.T) {
	bin := buildApp(t)
	var stderr bytes.Buffer
	// Ebiten needs a display as soon as the program starts, even to fail.
	cmd := displayCommand(t, bin, "-data", filepath.Join("testdata", "bad.json"))
	cmd.Stderr = &stderr
	err := cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1; stderr:\n%s", err, &stderr)
	}
	for _, s := range []string{"bad.json is not a valid story", "events[0].date"} {
		if !strings.Contains(stderr.String(), s) {
			t.Errorf("stderr lacks %q:\n%s", s, &stderr)
		}
	}
}

func TestOpenRejectsBadChoices(t *testing.T) {
	tests := []struct {
		cfg  Config
		want string
	}{
		{Config{Event: "1999-01-01"}, "2019-01-23"}, // the error lists the valid dates
		{Config{Lang: "de"}, `lang "de": the story is written in`},
		{Config{Theme: "sepia"}, `theme "sepia": want light, dark or auto`},
		{Config{Region: "mars"}, `region "mars": want one of world`},
		{Config{Data: "testdata/missing.json"}, "missing.json"},
	}
	for _, tt := range tests {
		_, err := Open(tt.cfg)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Open(%+v) = %v, want an error containing %q", tt.cfg, err, tt.want)
		}
	}
}

func TestOpenDefaults(t *testing.T) {
	app, err := Open(Config{Theme: "dark", Lang: "ru"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := app.Widget.Event(), len(app.Story.Events)-1; got != want {
		t.Errorf("starts at event %d, want the last, %d", got, want)
	}
	if app.Theme != "dark" || app.Lang != "ru" {
		t.Errorf("theme %q lang %q", app.Theme, app.Lang)
	}
	if !strings.HasPrefix(app.SaveName(), "stancemap-") || !strings.HasSuffix(app.SaveName(), "-ru.png") {
		t.Errorf("SaveName = %q", app.SaveName())
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// TestNoDisplay runs the app where there is no display: it says so and
// exits 1, rather than panicking in Ebiten's initialisation (see package
// display).
func TestNoDisplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the X11 display check is for Linux and the BSDs; this test runs on Linux")
	}
	bin := buildApp(t)
	cmd := exec.Command(bin, "-event", "2019-01-23")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1\n%s", err, out)
	}
	if !strings.Contains(string(out), "no display") || strings.Contains(string(out), "panic") {
		t.Errorf("output:\n%s", out)
	}
}
