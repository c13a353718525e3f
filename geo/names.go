package geo

import (
	"fmt"
	"strings"
)

// nameTable is names.tsv: its languages, from its header line, and each
// alpha-3 code's names in that order.
type nameTable struct {
	langs []string
	names map[string][]string
}

// parseNames reads names.tsv: a header line "# code<TAB>en<TAB>es…" that
// names the languages, then lines "code<TAB>name<TAB>name…"; other lines
// starting with # are comments.
func parseNames(b []byte) (nameTable, error) {
	t := nameTable{names: map[string][]string{}}
	for i, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "# code\t") {
			t.langs = strings.Split(line, "\t")[1:]
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if t.langs == nil {
			return nameTable{}, fmt.Errorf("names line %d: a name before the header line naming the languages", i+1)
		}
		f := strings.Split(line, "\t")
		if len(f) != len(t.langs)+1 {
			return nameTable{}, fmt.Errorf("names line %d: %d fields, want %d (a code and %s)", i+1, len(f), len(t.langs)+1, strings.Join(t.langs, ", "))
		}
		t.names[f[0]] = f[1:]
	}
	if len(t.langs) == 0 || t.langs[0] != "en" {
		return nameTable{}, fmt.Errorf("names: the header line should name the languages, English first")
	}
	return t, nil
}

// NameLangs are the languages of the country names, English first.
func (w *World) NameLangs() []string { return append([]string(nil), w.names.langs...) }

// Name returns the country's name in lang (a code such as "es", with any
// region ignored: "pt-BR" is "pt"), falling back to English and then to
// the code itself.
func (w *World) Name(code, lang string) string {
	n, ok := w.names.names[code]
	if !ok {
		return code
	}
	lang = strings.ToLower(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	for i, l := range w.names.langs {
		if l == lang && n[i] != "" {
			return n[i]
		}
	}
	if n[0] != "" {
		return n[0]
	}
	return code
}
