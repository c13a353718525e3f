package sheets

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dateForm is how a date cell was written.
type dateForm int

const (
	formISO        dateForm = iota // 2019-01-23 (also 2019/01/23, year first)
	formDayFirst                   // 23/01/2019, 23.01.2019, 23-01-2019
	formMonthFirst                 // 01/23/2019: refused, see readDate
)

// dateRead is one date cell as read, for the report and for refusing
// month-first sheets.
type dateRead struct {
	cell     Cell
	raw, iso string
	form     dateForm
	sure     bool // for formDayFirst: the day is over 12, so it cannot be month-first
}

// readDate reads a calendar date from a cell. Year first is ISO order.
// With the year last, the date is read day first, DD/MM/YYYY, the order
// French, Spanish and Portuguese spreadsheets write (also with '.' or '-'
// between the numbers). A US spreadsheet writes month first, and when both
// numbers are 12 or less the two cannot be told apart; so readDate only
// says when a date is unmistakably month first (01/23/2019, where 23 is no
// month), and Import refuses sheets that hold one rather than guess at the
// others. Two-digit years are refused too. A time of midnight after the
// date, as some programs write, is dropped.
func readDate(s string) (dateRead, string) {
	d := dateRead{raw: s}
	s = trimMidnight(s)
	parts, sep := splitDate(s)
	if len(parts) != 3 {
		return d, fmt.Sprintf("%q is not a date: write it as 2019-01-23 (or 23/01/2019)", d.raw)
	}
	n := make([]int, 3)
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 {
			return d, fmt.Sprintf("%q is not a date: write it as 2019-01-23 (or 23/01/2019)", d.raw)
		}
		n[i] = v
	}
	var y, m, day int
	switch {
	case len(parts[0]) == 4:
		y, m, day, d.form = n[0], n[1], n[2], formISO
	case len(parts[2]) == 4:
		y, m, day, d.form = n[2], n[1], n[0], formDayFirst
		d.sure = n[0] > 12
		if n[0] <= 12 && n[1] > 12 && n[1] <= 31 {
			d.form = formMonthFirst
			d.iso = fmt.Sprintf("%04d-%02d-%02d", n[2], n[0], n[1])
			return d, fmt.Sprintf("%q is month first (US order: %d is no month); dates whose numbers are both 12 or less could be read either way, so the sheets are not read: write dates as YYYY-MM-DD", d.raw, n[1])
		}
	default:
		return d, fmt.Sprintf("%q has no four-digit year: write the year in full, as in 2019-01-23 or 23%c01%c2019", d.raw, sep, sep)
	}
	t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || day < 1 || t.Day() != day || y < 1 {
		return d, fmt.Sprintf("%q is not a day of the calendar (read as year %d, month %d, day %d)", d.raw, y, m, day)
	}
	d.iso = t.Format(time.DateOnly)
	return d, ""
}

// splitDate splits a date at '-', '/' or '.', which must be the same twice.
func splitDate(s string) ([]string, rune) {
	for _, sep := range []rune{'-', '/', '.'} {
		if parts := strings.Split(s, string(sep)); len(parts) == 3 {
			return parts, sep
		}
	}
	return nil, 0
}

// trimMidnight drops a time of midnight after a date ("2019-01-23
// 00:00:00", "23/01/2019 0:00", "2019-01-23T00:00:00Z").
func trimMidnight(s string) string {
	for _, sep := range []string{"T", " "} {
		if date, tm, ok := strings.Cut(s, sep); ok {
			switch strings.TrimSuffix(strings.TrimSpace(tm), "Z") {
			case "00:00", "0:00", "00:00:00", "0:00:00", "00:00:00.000":
				return date
			}
		}
	}
	return s
}

// readPartialDate reads a source's date: a year, a month (YYYY-MM) or a
// day in any form readDate takes. Other text is kept for the loader to
// refuse with its own message.
func readPartialDate(s string) (dateRead, string) {
	if len(s) == 4 || (len(s) == 7 && s[4] == '-') {
		return dateRead{raw: s, iso: s, form: formISO}, ""
	}
	return readDate(s)
}

// booleans are the words spreadsheets write for true and false: English,
// and the words of the locales whose spreadsheets translate TRUE and FALSE
// (French, Spanish, Portuguese, German, Russian), plus yes/no forms.
var booleans = map[string]bool{
	"true": true, "false": false, "yes": true, "no": false, "y": true, "n": false, "1": true, "0": false, "x": true,
	"vrai": true, "faux": false, "oui": true, "non": false,
	"verdadero": true, "falso": false, "sí": true, "si": true,
	"verdadeiro": true, "sim": true, "não": false, "nao": false,
	"wahr": true, "falsch": false, "ja": true, "nein": false,
	"истина": true, "ложь": false, "да": true, "нет": false,
}

// readBool reads a yes/no cell; empty is false.
func readBool(s string) (bool, string) {
	if s == "" {
		return false, ""
	}
	v, ok := booleans[strings.ToLower(s)]
	if !ok {
		return false, fmt.Sprintf("%q is not yes or no (write true or false, or leave it empty for false)", s)
	}
	return v, ""
}

// readList splits a cell of ids or codes at ';', ',', '|' or spaces.
func readList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ';' || r == ',' || r == '|' || r == ' ' || r == '\t' || r == '\n' || r == '\r'
	})
}
