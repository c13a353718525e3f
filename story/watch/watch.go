// Package watch tells when a story file, or a folder of sheets, changes on
// disk, so a preview can reload. It polls: a few stat calls every quarter
// second cost nothing, need no dependency (fsnotify is cgo-free but
// platform-specific), and see changes on network and container mounts
// where file events are not delivered. Editors and spreadsheets save in
// steps (truncate then write, or write then rename), so a change is
// reported only once the files have stayed the same for one more poll.
package watch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Interval is how often Watch looks, by default.
const Interval = 250 * time.Millisecond

// Watch calls changed, on its own goroutine, each time what is at path
// changes and then stays the same for one interval, until ctx ends. path
// is a file, or a folder whose sheet files (.csv, .tsv, .txt, .json) are
// watched; hidden files and the lock files spreadsheets keep beside an
// open sheet (".~lock.x.csv#", "~$x.csv") are not. A path that goes away
// and comes back is a change too. interval 0 means Interval.
func Watch(ctx context.Context, path string, interval time.Duration, changed func()) {
	if interval <= 0 {
		interval = Interval
	}
	go func() {
		last := Signature(path)
		pending := false
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			sig := Signature(path)
			switch {
			case sig != last:
				last, pending = sig, true // wait for it to settle
			case pending:
				pending = false
				changed()
			}
		}
	}()
}

// Signature sums up what is at path: name, size and modification time of
// the file, or of each watched file in the folder; "" when nothing is.
func Signature(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return ""
	}
	if !fi.IsDir() {
		return stamp(fi)
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		return ""
	}
	var parts []string
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "~") || !watched(n) {
			continue
		}
		if fi, err := os.Stat(filepath.Join(path, n)); err == nil {
			parts = append(parts, n+"\x00"+stamp(fi))
		}
	}
	slices.Sort(parts)
	return "dir\x00" + strings.Join(parts, "\x00")
}

func watched(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".tsv", ".txt", ".json":
		return true
	}
	return false
}

func stamp(fi os.FileInfo) string {
	return fmt.Sprintf("%s %d", fi.ModTime().UTC().Format(time.RFC3339Nano), fi.Size())
}
