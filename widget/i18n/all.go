package i18n

import (
	"strings"
	"time"
)

// All returns every piece of UI text in every language, month names and
// counted nouns included, one per line: what a font must cover for the
// widget's own words (a style's font subset is cut to it).
func All() string {
	var b strings.Builder
	date0 := time.Date(2019, 1, 23, 0, 0, 0, 0, time.UTC) // long forms show each language's date words
	for _, l := range Langs {
		for _, s := range AllText(l) {
			b.WriteString(s)
			b.WriteByte('\n')
		}
		for _, n := range []int{1, 2, 5, 12345} {
			b.WriteString(Countries(l, n) + " " + Governments(l, n) + " " + DateLong(l, date0) + " " + Date(l, date0) + "\n")
		}
	}
	return b.String()
}
