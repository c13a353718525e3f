//go:build js && wasm

package main

import (
	"strings"
	"sync"
	"syscall/js"
)

// maxQueuedKeys bounds the presses kept between two ticks (a held key
// repeats some 30 times a second; a stalled tab should not grow a queue).
const maxQueuedKeys = 32

// keyQueue keeps the canvas's key presses, by KeyboardEvent.code, until the
// game's next tick takes them. Ebiten's key state loses a press made while
// Update sleeps (an idle widget): the tick that wakes ends before it reads
// the state, and the next one sees the key already released. A queue
// loses none, and the browser's own repeats stand for a held key.
type keyQueue struct {
	mu   sync.Mutex
	keys []string
}

// listenKeys queues the canvas's keydown events and wakes the game.
func (b *bridge) listenKeys() {
	if !b.canvas.Truthy() {
		return
	}
	b.canvas.Call("addEventListener", "keydown", b.fn(func(args []js.Value) any {
		if len(args) > 0 {
			b.keys.push(keyName(args[0].Get("code").String()))
			b.poke()
		}
		return nil
	}), js.ValueOf(map[string]any{"capture": true, "passive": true}))
}

// keyName is the name ebitenui's input reader uses for a KeyboardEvent.code:
// the code itself, but a letter key's bare letter ("KeyS" is "S"), as
// Ebiten names it and as the Ctrl+letter shortcuts expect.
func keyName(code string) string {
	if l, ok := strings.CutPrefix(code, "Key"); ok && len(l) == 1 {
		return l
	}
	return code
}

func (q *keyQueue) push(name string) {
	if name == "" {
		return
	}
	q.mu.Lock()
	if len(q.keys) < maxQueuedKeys {
		q.keys = append(q.keys, name)
	}
	q.mu.Unlock()
}

// take returns the presses queued since the last call, oldest first.
func (q *keyQueue) take() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.keys) == 0 {
		return nil
	}
	out := q.keys
	q.keys = nil
	return out
}
