package buildinfo

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestLine(t *testing.T) {
	for _, tt := range []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"}}, "mapshot v1.2.0 (go1.26.0)"},
		{debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d"}, {Key: "vcs.time", Value: "2026-12-06T14:00:00Z"}, {Key: "vcs.modified", Value: "true"},
		}}, "mapshot (devel) commit 1a2b3c4d5e6f 2026-12-06, modified (go1.26.0)"},
		{debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}}}, "mapshot (devel) commit abc (" + runtime.Version() + ")"},
	} {
		if got := line("mapshot", &tt.bi); got != tt.want {
			t.Errorf("line = %q, want %q", got, tt.want)
		}
	}
}

func TestVersion(t *testing.T) {
	if got := Version("story"); !strings.HasPrefix(got, "story ") || !strings.HasSuffix(got, "("+runtime.Version()+")") {
		t.Errorf("Version = %q", got)
	}
}
