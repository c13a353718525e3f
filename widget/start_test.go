package widget

import (
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/widget/start"
	"github.com/stancemap/stancemap/widget/theme"
)

func TestStarting(t *testing.T) {
	if opt := Starting(start.Start{Event: 2, Lang: "es", Theme: theme.ModeDark, Region: "europe"}); opt != (Options{Event: 2, Lang: "es", Theme: "dark", Region: "europe"}) {
		t.Errorf("Starting = %+v", opt)
	}
}

func TestSelectNamed(t *testing.T) {
	_, world := fixture(t)
	s, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	w := New(s, world, Options{Lang: "es"})
	for _, tt := range []struct{ s, want string }{{"bra", "BRA"}, {"Alemania", "DEU"}, {"Peru", "PER"}, {"Atlantis", ""}} {
		p := w.SelectNamed(tt.s)
		switch {
		case tt.want == "" && (p == nil || !strings.Contains(p.Error(), `country "Atlantis"`)):
			t.Errorf("SelectNamed(%q): %v, want a problem", tt.s, p)
		case tt.want != "" && (p != nil || w.Pinned() != tt.want):
			t.Errorf("SelectNamed(%q): %v, selected %q; want %s", tt.s, p, w.Pinned(), tt.want)
		}
	}
	if p := New(nil, nil, Options{}).SelectNamed("BRA"); p == nil {
		t.Error("SelectNamed with no story: no problem")
	}
}
