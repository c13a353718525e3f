package i18n

import (
	"strings"
	"testing"
	"time"
)

func TestAllHoldsEveryLanguagesWords(t *testing.T) {
	all := All()
	date0 := time.Date(2019, 1, 23, 0, 0, 0, 0, time.UTC)
	for _, l := range Langs {
		for _, want := range []string{T(l, "nodata"), Countries(l, 5), DateLong(l, date0)} {
			if !strings.Contains(all, want) {
				t.Errorf("All lacks %q (%s)", want, l)
			}
		}
	}
}
