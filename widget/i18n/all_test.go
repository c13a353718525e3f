package i18n

import (
	"strings"
	"testing"
)

func TestAllHoldsEveryLanguagesWords(t *testing.T) {
	all := All()
	for _, l := range Langs {
		for _, want := range []string{T(l, "nodata"), Countries(l, 5), DateLong(l, date0)} {
			if !strings.Contains(all, want) {
				t.Errorf("All lacks %q (%s)", want, l)
			}
		}
	}
}
