package publish

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
)

// posterCache keeps rendered posters on disk between runs of the same
// serve binary: rendering all of them takes a minute of CPU, and the
// browser tests start the server several times. The key is a hash of this
// executable (the widget's look and the atlas are compiled into it), then
// the story and the PNG level, so any change renders afresh. Failures only
// cost time. The key also names the folder of the posters serve draws on
// demand (see startLive), which must change whenever they would.
type posterCache struct {
	dir string // "" when there is no cache folder: load and store do nothing
	key []byte
}

// newPosterCache is the cache for parts, or nil when this executable
// cannot be read (which leaves no key either).
func newPosterCache(parts ...[]byte) *posterCache {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	f, err := os.Open(exe)
	if err != nil {
		return nil
	}
	defer f.Close()
	exeHash := sha256.New()
	if _, err := io.Copy(exeHash, f); err != nil {
		return nil
	}
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:", len(p))
		h.Write(p)
	}
	exeKey, partsKey := hex.EncodeToString(exeHash.Sum(nil))[:24], hex.EncodeToString(h.Sum(nil))[:24]
	c := &posterCache{key: []byte(exeKey + "/" + partsKey)}
	if base, err := os.UserCacheDir(); err == nil {
		c.dir = filepath.Join(base, "stancemap-posters", exeKey, partsKey)
	}
	return c
}

func (c *posterCache) load() (*poster.Set, bool) {
	if c == nil || c.dir == "" {
		return nil, false
	}
	b, err := os.ReadFile(filepath.Join(c.dir, "set.json"))
	if err != nil {
		return nil, false
	}
	var set poster.Set
	if json.Unmarshal(b, &set) != nil || len(set.Files) == 0 {
		return nil, false
	}
	return &set, true
}

func (c *posterCache) store(set *poster.Set) {
	if c == nil || c.dir == "" {
		return
	}
	b, err := json.Marshal(set)
	if err != nil {
		return
	}
	// Drop other binaries' posters: nobody runs an older serve again.
	exeDir := filepath.Dir(c.dir)
	if olds, err := os.ReadDir(filepath.Dir(exeDir)); err == nil {
		for _, e := range olds {
			if e.Name() != filepath.Base(exeDir) {
				_ = os.RemoveAll(filepath.Join(filepath.Dir(exeDir), e.Name()))
			}
		}
	}
	if os.MkdirAll(c.dir, 0o755) != nil {
		return
	}
	tmp := filepath.Join(c.dir, "set.json.tmp")
	if os.WriteFile(tmp, b, 0o644) == nil {
		_ = os.Rename(tmp, filepath.Join(c.dir, "set.json"))
	}
}
