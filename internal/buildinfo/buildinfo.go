// Package buildinfo says which build of stancemap a command is, for the
// commands' -version: the module version `go install …@version` gives, or
// for a build from a checkout the commit, its date and whether the tree had
// changes, and the Go release that built it. All of it comes from what the
// go command records in the binary (runtime/debug.ReadBuildInfo).
package buildinfo

import (
	"runtime"
	"runtime/debug"
	"strings"
)

// Version is one line for cmd's -version, such as
// "mapshot v1.2.0 (go1.26.0)" or
// "mapshot (devel) commit 1a2b3c4d5e6f 2026-12-06, modified (go1.26.0)".
func Version(cmd string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return cmd + " (no build information) (" + runtime.Version() + ")"
	}
	return line(cmd, bi)
}

// line formats bi; Version's tests give it build information of their own.
func line(cmd string, bi *debug.BuildInfo) string {
	var b strings.Builder
	b.WriteString(cmd)
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	b.WriteString(" " + v)
	var rev, when string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev != "" {
		b.WriteString(" commit " + rev[:min(12, len(rev))])
		if len(when) >= 10 {
			b.WriteString(" " + when[:10])
		}
		if modified {
			b.WriteString(", modified")
		}
	}
	gv := bi.GoVersion
	if gv == "" {
		gv = runtime.Version()
	}
	b.WriteString(" (" + gv + ")")
	return b.String()
}
