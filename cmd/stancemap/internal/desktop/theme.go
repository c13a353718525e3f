package desktop

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"time"
)

// systemPrefersDark reports whether the desktop says it prefers dark, for
// the auto theme. On Linux it reads GTK_THEME (a ":dark" variant) and then
// GNOME's color-scheme setting through gsettings, if installed, waiting at
// most 300 ms. Other systems, and desktops that say nothing, get light.
func systemPrefersDark() bool {
	if themeFromGTK(os.Getenv("GTK_THEME")) {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	out, err := exec.CommandContext(ctx, "gsettings", "get", "org.gnome.desktop.interface", "color-scheme").Output()
	return err == nil && themeFromColorScheme(string(out))
}

// themeFromGTK reports whether a GTK_THEME value names a dark variant
// ("Adwaita:dark").
func themeFromGTK(v string) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimSpace(v)), ":dark")
}

// themeFromColorScheme reports whether gsettings' color-scheme output
// ("'prefer-dark'\n") asks for dark.
func themeFromColorScheme(out string) bool {
	return strings.Trim(strings.TrimSpace(out), "'") == "prefer-dark"
}
