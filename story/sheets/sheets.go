// Package sheets turns a story into spreadsheet sheets and back: one CSV
// file per part of the story (story.csv, sides.csv, questions.csv,
// events.csv, stances.csv, sources.csv, corrections.csv), with a column per
// language for each text, so a graphics desk can write a story in the
// spreadsheet it already uses. Import reads what spreadsheet programs save
// in other locales (';' or tab separators, a byte-order mark, CRLF line
// ends, UTF-16, day-first dates) and says how it read them; every problem
// it finds names the sheet, the row and the column. Import's result
// remembers which cell each value of the story came from, so the loader's
// problems, which name JSON paths, can be told as cells too.
package sheets

import (
	"fmt"
	"strconv"
	"strings"
)

// The sheets of a story, in the order Import reads them: each one's
// columns depend on the sheets before it (the languages, the sides).
const (
	StorySheet       = "story.csv"
	SidesSheet       = "sides.csv"
	QuestionsSheet   = "questions.csv"
	SourcesSheet     = "sources.csv"
	EventsSheet      = "events.csv"
	StancesSheet     = "stances.csv"
	CorrectionsSheet = "corrections.csv"
)

// Names lists the sheets in the order they are read.
var Names = []string{StorySheet, SidesSheet, QuestionsSheet, SourcesSheet, EventsSheet, StancesSheet, CorrectionsSheet}

// Sheet is one table: a header row and the rows under it.
type Sheet struct {
	Name   string
	Header []string
	Rows   [][]string
}

// Cell is a place in a sheet as a spreadsheet shows it: the header is row
// 1, the first column is A.
type Cell struct {
	Sheet  string
	Row    int    // 1-based; 0 names the whole sheet
	Col    int    // 0-based; -1 names the whole row
	Column string // the column's header, when known
}

func (c Cell) String() string {
	var b strings.Builder
	b.WriteString(c.Sheet)
	if c.Row > 0 {
		b.WriteString(" row ")
		b.WriteString(strconv.Itoa(c.Row))
	}
	if c.Col >= 0 {
		if c.Row > 0 {
			b.WriteString(",")
		}
		b.WriteString(" column ")
		if c.Column != "" {
			b.WriteString(c.Column)
			b.WriteString(" (")
			b.WriteString(ColumnLetter(c.Col))
			b.WriteString(")")
		} else {
			b.WriteString(ColumnLetter(c.Col))
		}
	}
	return b.String()
}

// ColumnLetter is a spreadsheet's name for the 0-based column i: A, B, …
// Z, AA, AB…
func ColumnLetter(i int) string {
	s := ""
	for i >= 0 {
		s = string(rune('A'+i%26)) + s
		i = i/26 - 1
	}
	return s
}

// Problem is one thing wrong with the sheets, at a cell.
type Problem struct {
	Cell    Cell
	Message string
}

func (p Problem) String() string { return p.Cell.String() + ": " + p.Message }

// Problems lists everything wrong with a folder of sheets: the error
// Import returns when it cannot make a story of them.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	if len(ps) == 1 {
		return "the sheets have 1 problem: " + lines[0]
	}
	return fmt.Sprintf("the sheets have %d problems:\n  %s", len(ps), strings.Join(lines, "\n  "))
}
