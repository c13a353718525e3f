package sheets

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"
)

// Result is a story made from sheets: the story file, how the sheets were
// read, and which cell each value came from.
type Result struct {
	JSON    []byte
	Notes   []string        // how the sheets were read: separators, encodings, date forms
	origins map[string]Cell // JSON path -> cell
}

// Locate returns the cell a JSON path of the story (as the loader's
// problems name them, e.g. events[2].question) came from: the value's own
// cell, or, for a value that is missing, the nearest enclosing one.
func (r *Result) Locate(jsonPath string) (Cell, bool) {
	if r == nil {
		return Cell{}, false
	}
	for p := jsonPath; p != ""; p = parentPath(p) {
		if c, ok := r.origins[p]; ok {
			return c, true
		}
	}
	return Cell{}, false
}

// parentPath drops the last key or index of a JSON path.
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

// ImportDir imports the sheets in the folder dir (see Import).
func ImportDir(dir string) (*Result, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a folder of sheets", dir)
	}
	return Import(os.DirFS(dir))
}

// Import reads a story's sheets from the root of fsys and makes the story
// file. Sheet names match without regard to case, as .csv, .tsv or .txt
// files; corrections.csv may be left out. When the sheets cannot make a
// story, the error is Problems, every one at a sheet, row and column.
// The story file is not checked here: load it with data.Load, and name
// the loader's problems with Result.Locate.
func Import(fsys fs.FS) (*Result, error) {
	im := &importer{origins: map[string]Cell{}}
	tables := map[string]*table{}
	for _, name := range Names {
		p, err := findSheet(fsys, name)
		switch {
		case err != nil:
			im.problem(Cell{Sheet: name, Col: -1}, "%v", err)
			continue
		case p == "" && name == CorrectionsSheet:
			continue
		case p == "":
			im.problem(Cell{Sheet: name, Col: -1}, "is missing: every story needs %s (corrections.csv may be left out)", strings.Join(Names[:len(Names)-1], ", "))
			continue
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			im.problem(Cell{Sheet: name, Col: -1}, "%v", err)
			continue
		}
		t, err := parseTable(name, b)
		var ps Problems
		if errors.As(err, &ps) {
			im.probs = append(im.probs, ps...)
			continue
		}
		tables[name] = t
	}
	if len(im.probs) > 0 {
		return nil, im.probs
	}
	var s jStory
	if !im.readStory(tables[StorySheet], &s) {
		// Every other sheet's columns depend on the languages.
		return nil, im.probs
	}
	im.readSides(tables[SidesSheet], &s)
	im.readQuestions(tables[QuestionsSheet], &s)
	im.readSources(tables[SourcesSheet], &s)
	im.readEvents(tables[EventsSheet], &s)
	im.readStances(tables[StancesSheet], &s)
	if t := tables[CorrectionsSheet]; t != nil {
		im.readCorrections(t, &s)
	}
	if len(im.probs) > 0 {
		return nil, im.probs
	}
	return &Result{JSON: s.marshal(), Notes: im.notes(tables), origins: im.origins}, nil
}

// findSheet finds the file for a sheet: its name in any case, ending in
// .csv, .tsv or .txt. It returns "" when there is none, and an error when
// there are several.
func findSheet(fsys fs.FS, name string) (string, error) {
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return "", err
	}
	stem := strings.TrimSuffix(name, ".csv")
	var found []string
	for _, e := range ents {
		n := e.Name()
		ext := strings.ToLower(path.Ext(n))
		if e.IsDir() || !strings.EqualFold(strings.TrimSuffix(n, path.Ext(n)), stem) || (ext != ".csv" && ext != ".tsv" && ext != ".txt") {
			continue
		}
		found = append(found, n)
	}
	if len(found) > 1 {
		return "", fmt.Errorf("is there more than once (%s): keep one", strings.Join(found, ", "))
	}
	if len(found) == 0 {
		return "", nil
	}
	return found[0], nil
}

// importer reads the sheets into a story, collecting every problem.
type importer struct {
	probs   Problems
	origins map[string]Cell
	dates   []dateRead
	lang    string   // the default language
	langs   []string // every language, lang first
	sides   []string // side ids, from sides.csv
}

func (im *importer) problem(c Cell, format string, args ...any) {
	im.probs = append(im.probs, Problem{c, fmt.Sprintf(format, args...)})
}

// at records that the value at a JSON path came from cell c.
func (im *importer) at(jsonPath string, c Cell) { im.origins[jsonPath] = c }

func index(p string, i int) string { return p + "[" + strconv.Itoa(i) + "]" }

// notes says how the sheets were read.
func (im *importer) notes(tables map[string]*table) []string {
	var out []string
	byDialect := map[string][]string{}
	var order []string
	for _, name := range Names {
		if t := tables[name]; t != nil {
			d := t.dialect.String()
			if byDialect[d] == nil {
				order = append(order, d)
			}
			byDialect[d] = append(byDialect[d], name)
		}
	}
	for _, d := range order {
		who := strings.Join(byDialect[d], ", ")
		if len(order) == 1 {
			who = "all sheets"
		}
		out = append(out, who+": "+d)
	}
	var iso, dayFirst, sure int
	var example *dateRead
	for i, d := range im.dates {
		switch {
		case d.form == formISO:
			iso++
		case d.form == formDayFirst:
			dayFirst++
			if d.sure {
				sure++
			}
			if example == nil {
				example = &im.dates[i]
			}
		}
	}
	if dayFirst > 0 {
		n := fmt.Sprintf("dates: %d read day first (DD/MM/YYYY, as French, Spanish and Portuguese spreadsheets write them), e.g. %s: %s is %s",
			dayFirst, example.cell, example.raw, example.iso)
		if sure == 0 {
			n += "; none has a day over 12, so none proves it: if your spreadsheet writes the month first (US), save the dates as YYYY-MM-DD"
		}
		out = append(out, n)
	}
	if iso > 0 {
		out = append(out, fmt.Sprintf("dates: %d in ISO form (YYYY-MM-DD)", iso))
	}
	return out
}

// date reads a date cell, recording how it was written.
func (im *importer) date(c Cell, s string, partial bool) string {
	if s == "" {
		return ""
	}
	read := readDate
	if partial {
		read = readPartialDate
	}
	d, msg := read(s)
	d.cell = c
	if msg != "" {
		im.problem(c, "%s", msg)
		return ""
	}
	im.dates = append(im.dates, d)
	return d.iso
}
