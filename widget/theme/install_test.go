package theme

import "testing"

func TestInstallReplacesByNameAndRestores(t *testing.T) {
	l, d := Light(), Dark()
	l.Background, d.Background = rgb(1, 2, 3), rgb(4, 5, 6)
	l.Name = "mine"
	restore := Install(l, d)
	if got := ByName("light"); got.Background != l.Background || got.Name != "light" {
		t.Errorf("ByName(light) = %v %q", got.Background, got.Name)
	}
	if got := ByName("dark"); got.Background != d.Background {
		t.Errorf("ByName(dark) = %v", got.Background)
	}
	restore()
	if ByName("light") != Light() || ByName("dark") != Dark() {
		t.Error("restore left the installed themes")
	}
}
