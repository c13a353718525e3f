package geo

import (
	"fmt"
	"strings"
)

// Langs are the languages of the country names, in table order.
var Langs = []string{"en", "es", "ru"}

// nameTable maps an alpha-3 code to its names in Langs order.
type nameTable map[string][3]string

// parseNames reads names.tsv: lines "code<TAB>en<TAB>es<TAB>ru"; lines
// starting with # are comments.
func parseNames(b []byte) (nameTable, error) {
	t := nameTable{}
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("names line %d: %d fields, want 4", i+1, len(f))
		}
		t[f[0]] = [3]string{f[1], f[2], f[3]}
	}
	return t, nil
}

// Name returns the country's name in lang ("en", "es" or "ru"), falling
// back to English and then to the code itself.
func (w *World) Name(code, lang string) string {
	n, ok := w.names[code]
	if !ok {
		return code
	}
	for i, l := range Langs {
		if l == lang && n[i] != "" {
			return n[i]
		}
	}
	if n[0] != "" {
		return n[0]
	}
	return code
}
