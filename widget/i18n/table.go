package i18n

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The language files, one a language, named by its code. They are parsed
// at first use, not at start-up: the table as Go code was 42 KB of wasm
// start-up code that built 41 maps (a map of maps), which V8 compiled twice
// for a table read a few hundred times; as text it is data, read once.
//
//go:embed lang/*.txt
var files embed.FS

// table is one language's file, parsed.
type table struct {
	code, name         string
	plural             string // a rule of plural.go, by name
	months, monthsMid  [12]string
	date, long, dayMon string // patterns with {day}, {mon}, {month}, {year}
	firstDay           string // the day of month 1 where the language writes it apart ("1er"); "" for "1"
	group              string // the digit group separator
	groupFrom          int    // the fewest digits a grouped number has
	and                string // the list's final conjunction
	nouns              map[string]string
	text               map[string]string
}

// Langs are the supported UI languages, one a file in lang/: English first
// (the fallback), then the others by code.
var Langs = langCodes()

func langCodes() []string {
	ents, _ := files.ReadDir("lang")
	codes := []string{"en"}
	for _, e := range ents {
		if c := strings.TrimSuffix(e.Name(), ".txt"); c != "en" {
			codes = append(codes, c)
		}
	}
	return codes
}

// tables holds each language's parsed file by its index in Langs, parsed
// at its first lookup: a page reads one language (and English, for a key
// its file lacks).
var tables = make([]struct {
	once sync.Once
	t    *table // nil when the file does not parse
}, len(Langs))

// lookup is lang's table (lang already normalised), or English's for a
// language without a file or whose file does not parse (TestFiles holds
// every file to parse).
func lookup(lang string) *table {
	if t := load(lang); t != nil {
		return t
	}
	return load("en")
}

// load is the table of lang, parsing its file the first time; nil for a
// language not in Langs or a file that does not parse.
func load(lang string) *table {
	i := slices.Index(Langs, lang)
	if i < 0 {
		return nil
	}
	e := &tables[i]
	e.once.Do(func() { e.t, _ = parseFile(lang) })
	return e.t
}

func parseFile(code string) (*table, error) {
	b, err := files.ReadFile(path.Join("lang", code+".txt"))
	if err != nil {
		return nil, err
	}
	t, err := parse(code, string(b))
	if err != nil {
		return nil, fmt.Errorf("lang/%s.txt: %w", code, err)
	}
	return t, nil
}

// parse reads a language file: "# comments", "[section]" lines, and
// "key = value" lines, where a value in double quotes is read as a Go
// string literal ("\u00a0", spaces at its ends) and any other is trimmed.
func parse(code, src string) (*table, error) {
	t := &table{code: code, nouns: map[string]string{}, text: map[string]string{}}
	format := map[string]string{}
	section := ""
	for n, line := range strings.Split(src, "\n") {
		n++
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			if !slices.Contains([]string{"format", "nouns", "text"}, section) {
				return nil, fmt.Errorf("line %d: unknown section [%s]", n, section)
			}
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: want key = value", n)
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if strings.HasPrefix(val, `"`) {
			v, err := strconv.Unquote(val)
			if err != nil {
				return nil, fmt.Errorf("line %d: %s: %w", n, key, err)
			}
			val = v
		}
		var m map[string]string
		switch section {
		case "format":
			m = format
		case "nouns":
			m = t.nouns
		case "text":
			m = t.text
		default:
			return nil, fmt.Errorf("line %d: %s is in no section", n, key)
		}
		if _, dup := m[key]; dup {
			return nil, fmt.Errorf("line %d: %s twice", n, key)
		}
		m[key] = val
	}
	return t, t.setFormat(format)
}

// setFormat takes the [format] section's values.
func (t *table) setFormat(f map[string]string) error {
	for _, k := range []string{"name", "plural", "months", "monthsShort", "date", "dateLong", "dayMonth", "group", "groupFrom", "and"} {
		if _, ok := f[k]; !ok {
			return fmt.Errorf("[format] has no %s", k)
		}
	}
	t.name, t.plural, t.date, t.long, t.dayMon = f["name"], f["plural"], f["date"], f["dateLong"], f["dayMonth"]
	t.firstDay, t.group, t.and = f["firstDay"], f["group"], f["and"]
	if pluralForms(t.plural) == nil {
		return fmt.Errorf("plural: no rule %q (the rules: %s)", t.plural, strings.Join(pluralRules, ", "))
	}
	for k, into := range map[string]*[12]string{"months": &t.months, "monthsShort": &t.monthsMid} {
		names := strings.Fields(f[k])
		if len(names) != 12 {
			return fmt.Errorf("%s: %d names, want 12", k, len(names))
		}
		copy(into[:], names)
	}
	n, err := strconv.Atoi(f["groupFrom"])
	if err != nil || n < 2 {
		return fmt.Errorf("groupFrom: %q is not a digit count from 2", f["groupFrom"])
	}
	t.groupFrom = n
	return nil
}
