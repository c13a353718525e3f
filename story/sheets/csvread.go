package sheets

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxSheetSize bounds one sheet file: the whole story's JSON may be 8 MB
// (data.MaxSize), and no sheet needs more than twice that.
const maxSheetSize = 16 << 20

// table is a sheet as read: its header, and its rows with their
// spreadsheet row numbers (the header is row 1). Blank rows are dropped.
type table struct {
	name    string
	header  []string
	rows    [][]string
	rowNums []int
	dialect dialect
}

// dialect is how a sheet file was written, for the report: spreadsheet
// programs write CSV differently in each locale.
type dialect struct {
	sep      rune
	encoding string // "UTF-8", "UTF-8 with a byte-order mark", "UTF-16LE", "Windows-1252"
	ends     string // "LF", "CRLF" or "CR"
}

func (d dialect) String() string {
	sep := map[rune]string{',': "','", ';': "';'", '\t': "tab"}[d.sep]
	return fmt.Sprintf("separator %s, %s, %s line ends", sep, d.encoding, d.ends)
}

// parseTable reads a sheet file's bytes: it finds the encoding and the
// separator, then reads the rows. Problems name the sheet and the row.
func parseTable(name string, b []byte) (*table, error) {
	if len(b) > maxSheetSize {
		return nil, Problems{{Cell{Sheet: name, Col: -1}, fmt.Sprintf("is %d bytes; the limit is %d (16 MB)", len(b), maxSheetSize)}}
	}
	text, enc, err := decodeText(b)
	if err != nil {
		return nil, Problems{{Cell{Sheet: name, Row: err.row, Col: -1}, err.msg}}
	}
	t := &table{name: name, dialect: dialect{encoding: enc, ends: "LF"}}
	switch {
	case strings.Contains(text, "\r\n"):
		t.dialect.ends = "CRLF"
	case strings.Contains(text, "\r"):
		// Old Macintosh line ends, which encoding/csv does not take.
		t.dialect.ends = "CR"
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	t.dialect.sep = sniffSeparator(text)
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = t.dialect.sep
	r.FieldsPerRecord = -1
	row := 0
	for {
		rec, err := r.Read()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, Problems{{Cell{Sheet: name, Row: row + 1, Col: -1},
					fmt.Sprintf("cannot read it as CSV (line %d, character %d of the file): %v", pe.Line, pe.Column, pe.Err)}}
			}
			return nil, Problems{{Cell{Sheet: name, Col: -1}, err.Error()}}
		}
		row++
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		if t.header == nil {
			t.header = rec
			continue
		}
		if blank(rec) {
			continue
		}
		t.rows = append(t.rows, rec)
		t.rowNums = append(t.rowNums, row)
	}
	if t.header == nil || blank(t.header) {
		return nil, Problems{{Cell{Sheet: name, Col: -1}, "is empty: the first row must name the columns"}}
	}
	return t, nil
}

func blank(rec []string) bool {
	for _, c := range rec {
		if c != "" {
			return false
		}
	}
	return true
}

type decodeError struct {
	row int
	msg string
}

// decodeText turns a sheet file into text: UTF-8 (with or without a
// byte-order mark), UTF-16 with a byte-order mark (Excel's "Unicode
// text"), or, when the bytes are not UTF-8, Windows-1252 (Excel's plain
// "CSV" in Western European locales), which the report then names.
func decodeText(b []byte) (string, string, *decodeError) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return "", "", &decodeError{badRow(b), "starts as UTF-8 but is not UTF-8 further on; save it again as CSV UTF-8"}
		}
		return string(b), "UTF-8 with a byte-order mark", nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		if len(b)%2 != 0 {
			return "", "", &decodeError{0, "is UTF-16 with an odd number of bytes (cut short?)"}
		}
		le := b[0] == 0xFF
		u := make([]uint16, 0, len(b)/2-1)
		for i := 2; i+1 < len(b); i += 2 {
			if le {
				u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
			} else {
				u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
			}
		}
		if le {
			return string(utf16.Decode(u)), "UTF-16LE", nil
		}
		return string(utf16.Decode(u)), "UTF-16BE", nil
	case utf8.Valid(b):
		return string(b), "UTF-8", nil
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", &decodeError{0, "is not text (it holds NUL bytes): save the sheet as CSV, not as a workbook"}
	}
	return decode1252(b), "Windows-1252 (not UTF-8: check the accents, or save as CSV UTF-8)", nil
}

// badRow is the 1-based line of the first byte that is not UTF-8.
func badRow(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return bytes.Count(b[:i], []byte{'\n'}) + 1
		}
		i += n
	}
	return 0
}

// cp1252 holds the characters Windows-1252 puts at 0x80–0x9F; the other
// bytes are Latin-1. The five holes become U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

func decode1252(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// sniffSeparator picks the separator of the first non-blank line (the
// header, whose names hold none of them): the most frequent of ',', ';'
// and tab outside quotes; ',' when there is none.
func sniffSeparator(text string) rune {
	var line string
	for rest := text; rest != "" && strings.TrimSpace(line) == ""; {
		line, rest, _ = strings.Cut(rest, "\n")
	}
	counts := map[rune]int{}
	quoted := false
	for _, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ',' || r == ';' || r == '\t'):
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}
