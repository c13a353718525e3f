// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch).
//
// In a browser, RunGame starts a goroutine that checks every 100 ms
// whether the page is hidden, to suspend or resume audio. A program
// without audio sets no hooks, so the check does nothing, but its ticker
// still woke the page ten times a second (every two seconds while the
// game slept, when loader-ebiten.js used to stretch Go's timers) and made
// V8 optimise runtime.selectgo, ~45 ms on a helper thread, in the seconds
// after the map went live. The goroutine now waits for an audio context's
// hooks before it starts its ticker.

package hook

import "sync"

var (
	stancemapAudioOnce   sync.Once
	stancemapAudioHooked = make(chan struct{})
)

// stancemapAudioSet closes the channel AudioHooked returns, once.
func stancemapAudioSet() {
	stancemapAudioOnce.Do(func() { close(stancemapAudioHooked) })
}

// AudioHooked returns a channel closed once audio hooks are set.
func AudioHooked() <-chan struct{} { return stancemapAudioHooked }
