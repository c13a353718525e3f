// Package glossary reads the wording glossaries in this folder: for each
// language, the terms of the story that take a side ("régimen",
// "самопровозглашённый"), the wording to use instead, and why. The story
// checker warns about loaded terms in a story's text; tests hold the
// built-in story and the UI text to them. One Markdown file a language,
// named by its code: adding a language's glossary is adding a file.
package glossary

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"unicode"
)

//go:embed *.md
var files embed.FS

// The statuses a term may have; only Loaded terms are warned about.
const (
	Loaded     = "loaded"     // takes a side: use the wording in Instead
	Attributed = "attributed" // fine when the sentence says whose word it is
	Neutral    = "neutral"    // the wording to use
)

// Term is one row of a glossary.
type Term struct {
	Term    string   // as the file writes it: "autoproclamad* / autodeclarad*"
	Forms   []string // its spellings, lower case, each with * where any letters may stand
	Status  string
	Instead string
	Why     string
}

// Glossary is one language's terms.
type Glossary struct {
	Lang  string
	Terms []Term
}

// Langs lists the languages that have a glossary.
func Langs() []string {
	ents, _ := files.ReadDir(".")
	var out []string
	for _, e := range ents {
		if n := strings.TrimSuffix(e.Name(), ".md"); n != "README" {
			out = append(out, n)
		}
	}
	return out
}

// For returns the glossary of lang ("pt-BR" reads pt.md), or nil when the
// language has none.
func For(lang string) (*Glossary, error) {
	base, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(lang, "_", "-")), "-")
	if base == "" || base == "readme" {
		return nil, nil
	}
	b, err := files.ReadFile(path.Join(".", base+".md"))
	if err != nil {
		return nil, nil // no glossary for this language
	}
	g, err := Parse(base, string(b))
	if err != nil {
		return nil, fmt.Errorf("glossary %s.md: %w", base, err)
	}
	return g, nil
}

// Parse reads a glossary: the first Markdown table with the columns term,
// status, instead and why.
func Parse(lang, src string) (*Glossary, error) {
	g := &Glossary{Lang: lang}
	inTable := false
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") {
			if inTable {
				break
			}
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		switch {
		case !inTable:
			if strings.Join(cells, ",") != "term,status,instead,why" {
				return nil, fmt.Errorf("line %d: the table's columns are %q, want term, status, instead, why", n+1, cells)
			}
			inTable = true
			continue
		case strings.Trim(cells[0], "-: ") == "":
			continue // the header's rule
		case len(cells) != 4:
			return nil, fmt.Errorf("line %d: %d cells, want 4", n+1, len(cells))
		}
		t := Term{Term: cells[0], Status: cells[1], Instead: cells[2], Why: cells[3]}
		if t.Status != Loaded && t.Status != Attributed && t.Status != Neutral {
			return nil, fmt.Errorf("line %d: status %q, want loaded, attributed or neutral", n+1, t.Status)
		}
		for _, f := range strings.Split(t.Term, " / ") {
			if f = normalize(strings.TrimSpace(f)); strings.Trim(f, "*") != "" {
				t.Forms = append(t.Forms, f)
			}
		}
		if len(t.Forms) == 0 || t.Why == "" || (t.Status == Loaded && t.Instead == "") {
			return nil, fmt.Errorf("line %d: a term needs a spelling, a why and, when loaded, what to write instead", n+1)
		}
		g.Terms = append(g.Terms, t)
	}
	if len(g.Terms) == 0 {
		return nil, fmt.Errorf("no table of terms")
	}
	return g, nil
}

// Match is a loaded term found in a text.
type Match struct {
	Term *Term
	Text string // the words as the text has them
}

// Loaded finds the loaded terms text uses outside quotation marks (inside
// them the words are a speaker's, who is named), each term once.
func (g *Glossary) Loaded(text string) []Match {
	if g == nil {
		return nil
	}
	plain := []rune(normalize(unquoted(text)))
	orig := []rune(unquoted(text))
	var out []Match
	for i := range g.Terms {
		t := &g.Terms[i]
		if t.Status != Loaded {
			continue
		}
		for _, f := range t.Forms {
			if at, end := find(plain, f); at >= 0 {
				out = append(out, Match{Term: t, Text: string(orig[at:end])})
				break
			}
		}
	}
	return out
}

// find finds form (lower case; * at an end for any letters) in text at
// word boundaries, returning the rune span of the words it covers.
func find(text []rune, form string) (at, end int) {
	anyBefore, anyAfter := strings.HasPrefix(form, "*"), strings.HasSuffix(form, "*")
	f := []rune(strings.Trim(form, "*"))
	for i := 0; i+len(f) <= len(text); i++ {
		if string(text[i:i+len(f)]) != string(f) {
			continue
		}
		start, stop := i, i+len(f)
		if anyBefore {
			for start > 0 && isLetter(text[start-1]) {
				start--
			}
		} else if i > 0 && isLetter(text[i-1]) {
			continue
		}
		if anyAfter {
			for stop < len(text) && isLetter(text[stop]) {
				stop++
			}
		} else if stop < len(text) && isLetter(text[stop]) {
			continue
		}
		return start, stop
	}
	return -1, -1
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normalize lower-cases s and folds the spellings a term should match
// either way: ё as е, ’ as ', a no-break space as a space. It keeps the
// number of runes.
func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ё', 'Ё':
			return 'е'
		case '’':
			return '\''
		case '\u00a0', '\u202f':
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
}

// unquoted blanks out what is inside quotation marks (“…”, «…», „…“,
// "…"), keeping the runes' count so positions still match.
func unquoted(s string) string {
	closers := map[rune]rune{'“': '”', '«': '»', '„': '“', '"': '"'}
	var want []rune // the closing marks awaited, innermost last
	return strings.Map(func(r rune) rune {
		if n := len(want); n > 0 && r == want[n-1] {
			want = want[:n-1]
			return r
		}
		if c, ok := closers[r]; ok {
			want = append(want, c)
			return r
		}
		if len(want) > 0 {
			return ' '
		}
		return r
	}, s)
}
