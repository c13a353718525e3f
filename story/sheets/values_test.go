package sheets

import (
	"slices"
	"strings"
	"testing"
)

func TestReadDate(t *testing.T) {
	tests := []struct {
		in   string
		iso  string
		form dateForm
		sure bool
		err  string // a substring of the message; "" for none
	}{
		{in: "2019-01-23", iso: "2019-01-23", form: formISO},
		{in: "2019/01/23", iso: "2019-01-23", form: formISO},
		{in: "2019-1-3", iso: "2019-01-03", form: formISO},
		{in: "23/01/2019", iso: "2019-01-23", form: formDayFirst, sure: true},
		{in: "23.01.2019", iso: "2019-01-23", form: formDayFirst, sure: true},
		{in: "23-01-2019", iso: "2019-01-23", form: formDayFirst, sure: true},
		{in: "3/1/2019", iso: "2019-01-03", form: formDayFirst},
		{in: "01/02/2019", iso: "2019-02-01", form: formDayFirst}, // day first, unproven
		{in: "2019-01-23 00:00:00", iso: "2019-01-23", form: formISO},
		{in: "23/01/2019 0:00", iso: "2019-01-23", form: formDayFirst, sure: true},
		{in: "2019-01-23T00:00:00Z", iso: "2019-01-23", form: formISO},
		{in: "01/23/2019", form: formMonthFirst, err: "month first (US order: 23 is no month)"},
		{in: "29/02/2019", err: "not a day of the calendar"},
		{in: "29/02/2020", iso: "2020-02-29", form: formDayFirst, sure: true},
		{in: "2019-13-01", err: "not a day of the calendar"},
		{in: "23/01/19", err: "no four-digit year"},
		{in: "23 January 2019", err: "is not a date"},
		{in: "2019-01-23 12:30", err: "is not a date"},
		{in: "23/01-2019", err: "is not a date"},
		{in: "x/y/2019", err: "is not a date"},
	}
	for _, tt := range tests {
		d, msg := readDate(tt.in)
		if tt.err != "" {
			if !strings.Contains(msg, tt.err) {
				t.Errorf("readDate(%q): message %q, want %q", tt.in, msg, tt.err)
			}
			if tt.form == formMonthFirst && d.form != formMonthFirst {
				t.Errorf("readDate(%q): form %v, want month first", tt.in, d.form)
			}
			continue
		}
		if msg != "" || d.iso != tt.iso || d.form != tt.form || d.sure != tt.sure {
			t.Errorf("readDate(%q) = %q form %v sure %v (%s), want %q form %v sure %v", tt.in, d.iso, d.form, d.sure, msg, tt.iso, tt.form, tt.sure)
		}
	}
	for in, want := range map[string]string{"2019": "2019", "2019-01": "2019-01", "05/02/2019": "2019-02-05"} {
		if d, msg := readPartialDate(in); d.iso != want || msg != "" {
			t.Errorf("readPartialDate(%q) = %q, %q", in, d.iso, msg)
		}
	}
}

// When no day-first date has a day over 12, nothing shows the order was
// not month first: the notes say so.
func TestNotesDoubtUnprovenDayFirst(t *testing.T) {
	fsys := templateFS(t)
	for _, sh := range Names {
		b := string(fsys[sh].Data)
		for _, r := range []struct{ iso, dmy string }{
			{"2019-01-23", "01/01/2019"}, {"2019-02-04", "04/02/2019"}, {"2020-01-06", "06/01/2020"}, {"2020-01-05", "05/01/2020"},
			{"2019-02-05", "05/02/2019"}, {"2020-01-08", "08/01/2020"},
		} {
			b = strings.ReplaceAll(b, r.iso, r.dmy)
		}
		fsys[sh].Data = []byte(b)
	}
	res, err := Import(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if notes := strings.Join(res.Notes, "\n"); !strings.Contains(notes, "none has a day over 12") {
		t.Errorf("notes do not warn:\n%s", notes)
	}
}

func TestReadBoolAndList(t *testing.T) {
	for in, want := range map[string]bool{"": false, "TRUE": true, "false": false, "VRAI": true, "FAUX": false, "Verdadero": true,
		"FALSO": false, "verdadeiro": true, "WAHR": true, "ИСТИНА": true, "ЛОЖЬ": false, "x": true, "0": false} {
		if got, msg := readBool(in); got != want || msg != "" {
			t.Errorf("readBool(%q) = %v, %q", in, got, msg)
		}
	}
	if _, msg := readBool("maybe"); msg == "" {
		t.Error("readBool(maybe) has no message")
	}
	if got := readList(" G4; M10,E3 | J8\tX "); !slices.Equal(got, []string{"G4", "M10", "E3", "J8", "X"}) {
		t.Errorf("readList = %q", got)
	}
}

func TestColumnLetterAndCell(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := ColumnLetter(i); got != want {
			t.Errorf("ColumnLetter(%d) = %q, want %q", i, got, want)
		}
	}
	for _, tt := range []struct {
		c    Cell
		want string
	}{
		{Cell{Sheet: "events.csv", Row: 4, Col: 2, Column: "question"}, "events.csv row 4, column question (C)"},
		{Cell{Sheet: "events.csv", Row: 4, Col: -1}, "events.csv row 4"},
		{Cell{Sheet: "events.csv", Col: -1}, "events.csv"},
		{Cell{Sheet: "events.csv", Row: 9, Col: 30}, "events.csv row 9, column AE"},
	} {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("%+v = %q, want %q", tt.c, got, tt.want)
		}
	}
}
