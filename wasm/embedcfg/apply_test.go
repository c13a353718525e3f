package embedcfg

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data/datatest"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
)

func TestApply(t *testing.T) {
	story, err := datatest.Default()
	if err != nil {
		t.Fatal(err)
	}
	world, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	last := len(story.Events) - 1
	tests := []struct {
		name    string
		reader  func(w *widget.Widget) // what the reader did before the host's message was handled
		set     Set
		event   int
		pinned  string
		reports []widget.Notice
		warns   []string
	}{
		{name: "step by date", set: Set{Event: "2019-01-23"}, event: 2},
		{name: "step by index, country by name", set: Set{Index: 0, EventIsIndex: true, Country: "Russia"}, event: 0, pinned: "RUS"},
		{name: "country by code", set: Set{Country: "bra"}, event: last, pinned: "BRA"},
		{name: "bad values", set: Set{Event: "1999-01-01", Region: "mars", Country: "Atlantis"}, event: last,
			warns: []string{`region "mars"`, `event "1999-01-01"`, `country "Atlantis"`}},
		{name: "index past the end", set: Set{Index: 99, EventIsIndex: true}, event: last, warns: []string{"steps 0 to"}},
		{
			name:    "the reader's own step is still reported, the host's is not",
			reader:  func(w *widget.Widget) { w.SetEvent(1) },
			set:     Set{Event: "2019-01-23"},
			event:   2,
			reports: []widget.Notice{{Kind: "eventchange", Event: 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := widget.New(story, world, widget.Options{Lang: "en", Event: last})
			w.Notices()
			if tt.reader != nil {
				tt.reader(w)
			}
			var got []widget.Notice
			warns := Apply(w, story, world, tt.set, func(n widget.Notice) { got = append(got, n) })
			if w.Event() != tt.event || w.Pinned() != tt.pinned {
				t.Errorf("step %d, pinned %q; want %d, %q", w.Event(), w.Pinned(), tt.event, tt.pinned)
			}
			if !reflect.DeepEqual(got, tt.reports) {
				t.Errorf("reported %+v, want %+v", got, tt.reports)
			}
			if len(warns) != len(tt.warns) {
				t.Fatalf("warnings %q, want %d", warns, len(tt.warns))
			}
			for i, w := range tt.warns {
				if !strings.Contains(warns[i], w) {
					t.Errorf("warning %q, want it to say %q", warns[i], w)
				}
			}
		})
	}
}
