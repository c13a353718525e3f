package timeline

import (
	"testing"
	"time"
)

func TestControllerSteps(t *testing.T) {
	tests := []struct {
		name    string
		start   int
		op      func(c *Controller) bool
		want    int
		changed bool
	}{
		{"next", 0, (*Controller).Next, 1, true},
		{"next at end", 7, (*Controller).Next, 7, false},
		{"prev", 3, (*Controller).Prev, 2, true},
		{"prev at start", 0, (*Controller).Prev, 0, false},
		{"first", 5, (*Controller).First, 0, true},
		{"last", 5, (*Controller).Last, 7, true},
		{"set clamps high", 2, func(c *Controller) bool { return c.Set(99) }, 7, true},
		{"set clamps low", 2, func(c *Controller) bool { return c.Set(-4) }, 0, true},
		{"set same", 2, func(c *Controller) bool { return c.Set(2) }, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(8, tt.start)
			if got := tt.op(c); got != tt.changed {
				t.Errorf("changed = %v, want %v", got, tt.changed)
			}
			if c.Current() != tt.want {
				t.Errorf("current = %d, want %d", c.Current(), tt.want)
			}
		})
	}
}

func TestNewClamps(t *testing.T) {
	if c := New(3, 10); c.Current() != 2 {
		t.Errorf("New(3,10).Current() = %d", c.Current())
	}
	if c := New(0, 1); c.Current() != 0 || c.Play() || c.Playing() {
		t.Errorf("empty controller should not play")
	}
}

func TestPlayAdvancesAndStopsAtEnd(t *testing.T) {
	c := New(4, 0)
	c.Play()
	if c.Advance(2 * time.Second) {
		t.Fatal("stepped before 2.5 s")
	}
	if !c.Advance(600*time.Millisecond) || c.Current() != 1 {
		t.Fatalf("after 2.6 s current = %d, want 1", c.Current())
	}
	for i := 0; i < 10; i++ {
		c.Advance(2500 * time.Millisecond)
	}
	if c.Current() != 3 {
		t.Errorf("current = %d, want last (3)", c.Current())
	}
	if c.Playing() {
		t.Error("still playing at the end")
	}
	if c.Advance(time.Hour) {
		t.Error("advanced while paused")
	}
}

func TestPlayAtEndRestarts(t *testing.T) {
	c := New(4, 3)
	if !c.Play() || c.Current() != 0 || !c.Playing() {
		t.Errorf("play at end: current %d playing %v", c.Current(), c.Playing())
	}
	if c.Toggle() || c.Playing() {
		t.Error("toggle should pause")
	}
}

func TestManualStepRestartsClock(t *testing.T) {
	c := New(5, 0)
	c.Play()
	c.Advance(2 * time.Second)
	c.Set(2)
	if c.Advance(time.Second) {
		t.Error("a hand-picked step should get a full step of time")
	}
	if !c.Advance(1600*time.Millisecond) || c.Current() != 3 {
		t.Errorf("current = %d, want 3", c.Current())
	}
}
