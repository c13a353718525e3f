package widget

import (
	"fmt"
	"strings"

	"github.com/stancemap/stancemap/widget/start"
)

// Starting returns the widget's options for resolved start-up choices
// (start.Resolve): the embed, the desktop app and their tests start the
// same way.
func Starting(st start.Start) Options {
	return Options{Event: st.Event, Lang: st.Lang, Theme: string(st.Theme), Region: st.Region}
}

// SelectNamed selects the country that s names, an alpha-3 code or a name
// in any of the widget's languages (FindCountry): the URL's country= and a
// host's stancemap:set alike. Names need the widget's words, so a country
// is chosen once the widget is built; nil means selected.
func (w *Widget) SelectNamed(s string) *start.Problem {
	if !w.ready() {
		return &start.Problem{Choice: "country", Value: s, Err: fmt.Errorf("no story is shown")}
	}
	code := strings.ToUpper(s)
	if !w.world.Known(code) {
		found := w.FindCountry(s)
		if len(found) == 0 {
			return &start.Problem{Choice: "country", Value: s, Err: fmt.Errorf("no country has that code or name")}
		}
		code = found[0]
	}
	w.Select(code)
	return nil
}
