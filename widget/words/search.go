package words

import (
	"sort"
	"strings"

	"github.com/stancemap/stancemap/widget/atlas"
)

// FindCountry returns the codes of countries whose name in the UI language
// (or in English, or whose alpha-3 code) matches query, ignoring case and
// accents: names that start with the query first, then names with a word
// that starts with it, then names that contain it, each group in name
// order. An embedding page can offer it behind a search box and pass the
// pick to Select. Antarctica and blank queries match nothing.
func (w *Words) FindCountry(query string) []string {
	q := fold(query)
	if q == "" || w.world == nil {
		return nil
	}
	type hit struct {
		code, name string
		rank       int
	}
	var hits []hit
	for _, c := range w.world.Countries {
		if atlas.Hidden(c.Code) {
			continue
		}
		name := w.Name(c.Code)
		rank := 3
		for _, n := range []string{name, w.world.Name(c.Code, "en")} {
			rank = min(rank, matchRank(fold(n), q))
		}
		if strings.EqualFold(c.Code, strings.TrimSpace(query)) {
			rank = 0
		}
		if rank < 3 {
			hits = append(hits, hit{c.Code, name, rank})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].rank != hits[b].rank {
			return hits[a].rank < hits[b].rank
		}
		return fold(hits[a].name) < fold(hits[b].name)
	})
	codes := make([]string, len(hits))
	for i, h := range hits {
		codes[i] = h.code
	}
	return codes
}

// matchRank is 0 when name starts with q, 1 when a later word does, 2 when
// q is inside a word, 3 when it is not there.
func matchRank(name, q string) int {
	switch i := strings.Index(name, q); {
	case i < 0:
		return 3
	case i == 0:
		return 0
	case strings.Contains(name, " "+q) || strings.Contains(name, "-"+q) || strings.Contains(name, "("+q):
		return 1
	}
	return 2
}

// sortNames sorts country names as a reader looks them up, accents aside:
// French "Équateur" comes before "Espagne", not after "Zambie".
func sortNames(names []string) {
	sort.Slice(names, func(i, j int) bool {
		a, b := fold(names[i]), fold(names[j])
		return a < b || (a == b && names[i] < names[j])
	})
}

// fold lowercases s, strips the accents found in country names ("Perú" →
// "peru", "Côte d’Ivoire" → "cote d'ivoire", "Объединённые" → "объединенные")
// and collapses runs of spaces. A small table instead of Unicode
// normalisation keeps x/text's tables out of the wasm build.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if base, ok := accents[r]; ok {
			r = base
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// accents maps accented lowercase letters to their base letter.
var accents = func() map[rune]rune {
	m := map[rune]rune{'’': '\'', 'ё': 'е', 'й': 'и'}
	for base, rs := range map[rune]string{
		'a': "áàâäãåāă", 'c': "çčć", 'e': "éèêëēě", 'i': "íìîïī", 'n': "ñń",
		'o': "óòôöõøō", 'u': "úùûüū", 'y': "ýÿ", 's': "šş", 'z': "žź", 'r': "ř",
	} {
		for _, r := range rs {
			m[r] = base
		}
	}
	return m
}()
