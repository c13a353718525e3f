package sheets

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stancemap/stancemap/data"
)

// templateFS is the template's sheets as files, comma-separated.
func templateFS(t *testing.T) fstest.MapFS {
	t.Helper()
	sheets, err := Template()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, sh := range sheets {
		var b bytes.Buffer
		if err := sh.Encode(&b, ','); err != nil {
			t.Fatal(err)
		}
		fsys[sh.Name] = &fstest.MapFile{Data: b.Bytes()}
	}
	return fsys
}

// edit replaces old by new in one sheet of fsys, failing when old is not
// there, so a template change cannot silently disarm a test.
func edit(t *testing.T, fsys fstest.MapFS, sheet string, pairs ...string) {
	t.Helper()
	b := fsys[sheet].Data
	for i := 0; i+1 < len(pairs); i += 2 {
		if !bytes.Contains(b, []byte(pairs[i])) {
			t.Fatalf("%s lacks %q", sheet, pairs[i])
		}
		b = bytes.Replace(b, []byte(pairs[i]), []byte(pairs[i+1]), 1)
	}
	fsys[sheet] = &fstest.MapFile{Data: b}
}

// The sheets a French Excel saves as "CSV UTF-8" (testdata/fr-excel: a
// byte-order mark, ';' between cells, CRLF line ends, dates as 23/01/2019,
// TRUE as VRAI, and one sheet's name capitalised by hand) import to the
// same story as the template's own sheets, and the notes say how they
// were read.
func TestImportFrenchExcel(t *testing.T) {
	fr, err := ImportDir("testdata/fr-excel")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Import(templateFS(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fr.JSON, plain.JSON) {
		t.Errorf("the French sheets make another story:\n%s\nwant:\n%s", fr.JSON, plain.JSON)
	}
	notes := strings.Join(fr.Notes, "\n")
	for _, want := range []string{"all sheets: separator ';', UTF-8 with a byte-order mark, CRLF line ends",
		"read day first (DD/MM/YYYY", "sources.csv row 2, column date (D): 23/01/2019 is 2019-01-23"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
	if strings.Contains(notes, "none proves it") {
		t.Errorf("23/01/2019 proves the order, yet the notes doubt it:\n%s", notes)
	}
	if _, err := data.Load(fr.JSON, data.Options{}); err != nil {
		t.Error(err)
	}
}

// Other ways spreadsheets write the same sheets: tabs, UTF-16 (Excel's
// "Unicode text"), Windows-1252 (Excel's plain CSV), no byte-order mark.
func TestImportDialects(t *testing.T) {
	plain, err := Import(templateFS(t))
	if err != nil {
		t.Fatal(err)
	}
	utf16le := func(s string) []byte {
		b := []byte{0xFF, 0xFE}
		for _, r := range s {
			if r > 0xFFFF {
				t.Fatal("test text outside the BMP")
			}
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	tests := []struct {
		name  string
		sheet string
		data  func(orig []byte) []byte
		note  string
	}{
		{"tabs", SourcesSheet, func(b []byte) []byte { return reSeparate(t, b, '\t') }, "sources.csv: separator tab"},
		{"utf-16", SidesSheet, func(b []byte) []byte { return utf16le(string(bytes.TrimPrefix(b, bom))) }, "sides.csv: separator ',', UTF-16LE"},
		{"no bom", StorySheet, func(b []byte) []byte { return bytes.TrimPrefix(b, bom) }, "story.csv: separator ',', UTF-8, LF"},
		{"old Macintosh line ends", QuestionsSheet, func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r")) }, "questions.csv: separator ',', UTF-8 with a byte-order mark, CR line ends"},
		{"windows-1252", StancesSheet, func(b []byte) []byte { return bytes.TrimPrefix(b, bom) }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := templateFS(t)
			fsys[tt.sheet] = &fstest.MapFile{Data: tt.data(fsys[tt.sheet].Data)}
			res, err := Import(fsys)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(res.JSON, plain.JSON) {
				t.Errorf("another story:\n%s", res.JSON)
			}
			if tt.note != "" && !strings.Contains(strings.Join(res.Notes, "\n"), tt.note) {
				t.Errorf("notes lack %q: %q", tt.note, res.Notes)
			}
		})
	}
	// Latin text in Windows-1252: "Página/12" is read back from 0xE1.
	fsys := templateFS(t)
	fsys[SourcesSheet] = &fstest.MapFile{Data: bytes.ReplaceAll(bytes.TrimPrefix(fsys[SourcesSheet].Data, bom), []byte("á"), []byte{0xE1})}
	res, err := Import(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(res.JSON, []byte(`"Página/12"`)) || !strings.Contains(strings.Join(res.Notes, "\n"), "sources.csv: separator ',', Windows-1252") {
		t.Errorf("Windows-1252 not read: %q", res.Notes)
	}
}

// reSeparate rewrites a comma-separated sheet with another separator.
func reSeparate(t *testing.T, b []byte, sep rune) []byte {
	t.Helper()
	tb, err := parseTable("x.csv", b)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := (Sheet{Header: tb.header, Rows: tb.rows}).Encode(&out, sep); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// Editors may add a step or a stance row at the bottom of a sheet, and put
// their own notes in columns whose names start with "_".
func TestImportSortsRowsAndSkipsNotes(t *testing.T) {
	plain, err := Import(templateFS(t))
	if err != nil {
		t.Fatal(err)
	}
	fsys := templateFS(t)
	lines := strings.SplitAfter(string(fsys[StancesSheet].Data), "\n")
	// The header, then the rows upside down, and a blank row.
	moved := lines[0] + ",,,,,,,\n"
	for i := len(lines) - 1; i > 0; i-- {
		moved += lines[i]
	}
	fsys[StancesSheet] = &fstest.MapFile{Data: []byte(moved)}
	edit(t, fsys, EventsSheet, "id,date", "id,_checked by,date", "claim,2019", "claim,Ana,2019", "europe,2019", "europe,,2019", "assembly-vote,2020", "assembly-vote,,2020")
	res, err := Import(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.JSON, plain.JSON) {
		t.Errorf("another story:\n%s", res.JSON)
	}
}

// Every problem names its sheet, row and column; all of them are found in
// one go.
func TestImportProblems(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, fsys fstest.MapFS)
		want  []string
	}{
		{"missing sheet", func(t *testing.T, f fstest.MapFS) { delete(f, SourcesSheet) }, []string{"sources.csv: is missing"}},
		{"two files for one sheet", func(t *testing.T, f fstest.MapFS) { f["Sources.txt"] = f[SourcesSheet] }, []string{"sources.csv: is there more than once (Sources.txt, sources.csv)"}},
		{"empty sheet", func(t *testing.T, f fstest.MapFS) { f[SidesSheet] = &fstest.MapFile{Data: []byte("\n\n")} }, []string{"sides.csv: is empty"}},
		{"bad quote", func(t *testing.T, f fstest.MapFS) { edit(t, f, SourcesSheet, "HuffPost", `Huff"Post`) },
			[]string{"sources.csv row 2: cannot read it as CSV"}},
		{"workbook, not CSV", func(t *testing.T, f fstest.MapFS) {
			f[EventsSheet] = &fstest.MapFile{Data: []byte("PK\x03\x04\x00\x00\xff")}
		},
			[]string{"events.csv: is not text"}},
		{"no language", func(t *testing.T, f fstest.MapFS) { edit(t, f, StorySheet, "lang,en\n", "") },
			[]string{"story.csv: the story's language is required"}},
		{"unknown story field", func(t *testing.T, f fstest.MapFS) { edit(t, f, StorySheet, "id,my-story", "id,my-story\nsumary_en,x") },
			[]string{`story.csv row 3, column field (A): "sumary_en" is not a field of story.csv`}},
		{"title in an undeclared language", func(t *testing.T, f fstest.MapFS) { edit(t, f, StorySheet, "title_es,", "title_fr,") },
			[]string{`story.csv row 7, column field (A): language "fr" is not one of the story's (en, es)`}},
		{"unknown column", func(t *testing.T, f fstest.MapFS) { edit(t, f, EventsSheet, "headline_en", "headlien_en") },
			[]string{`events.csv row 1, column headlien_en (G): is not a column of this sheet`, `events.csv row 1: has no column "headline_en"`}},
		{"column in an undeclared language", func(t *testing.T, f fstest.MapFS) { edit(t, f, SidesSheet, "label_es", "label_pt") },
			[]string{`sides.csv row 1, column label_pt (F): language "pt" is not one of the story's (en, es`}},
		{"column twice", func(t *testing.T, f fstest.MapFS) { edit(t, f, SourcesSheet, "title,date", "title,title") },
			[]string{`sources.csv row 1, column title (D): is there twice`}},
		{"label for an unknown side", func(t *testing.T, f fstest.MapFS) { edit(t, f, QuestionsSheet, "label_maduro_en", "label_parra_en") },
			[]string{`questions.csv row 1, column label_parra_en (G): side "parra" is not in sides.csv`}},
		{"cell under no column", func(t *testing.T, f fstest.MapFS) {
			edit(t, f, SourcesSheet, "pagina12.com.ar/170317-rusia-y-turquia-apoyan-a-maduro", "pagina12.com.ar/170317-rusia-y-turquia-apoyan-a-maduro,stray")
		},
			[]string{`sources.csv row 3, column F: "stray" is in a column with no name`}},
		{"bad date", func(t *testing.T, f fstest.MapFS) { edit(t, f, EventsSheet, "2019-02-04", "31/02/2019") },
			[]string{`events.csv row 3, column date (B): "31/02/2019" is not a day of the calendar (read as year 2019, month 2, day 31)`}},
		{"month-first date", func(t *testing.T, f fstest.MapFS) { edit(t, f, StancesSheet, "2019-02-04", "02/14/2019") },
			[]string{`stances.csv row 3, column from (C): "02/14/2019" is month first (US order: 14 is no month)`}},
		{"two-digit year", func(t *testing.T, f fstest.MapFS) { edit(t, f, CorrectionsSheet, "2020-01-08", "08/01/20") },
			[]string{`corrections.csv row 2, column date (A): "08/01/20" has no four-digit year`}},
		{"date in words", func(t *testing.T, f fstest.MapFS) { edit(t, f, SourcesSheet, "2019-02-05", "5 Feb 2019") },
			[]string{`sources.csv row 4, column date (D): "5 Feb 2019" is not a date`}},
		{"not yes or no", func(t *testing.T, f fstest.MapFS) { edit(t, f, StancesSheet, ",true,", ",maybe,") },
			[]string{`stances.csv row 2, column uncertain (E): "maybe" is not yes or no`}},
		{"stance without a code", func(t *testing.T, f fstest.MapFS) { edit(t, f, StancesSheet, "RUS,president", ",president") },
			[]string{`stances.csv row 4, column code (A): a country code is required`}},
		{"everything at once", func(t *testing.T, f fstest.MapFS) {
			edit(t, f, EventsSheet, "2019-02-04", "2019-02-30")
			edit(t, f, StancesSheet, ",true,", ",perhaps,")
		}, []string{"events.csv row 3, column date (B)", "stances.csv row 2, column uncertain (E)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := templateFS(t)
			tt.setup(t, fsys)
			res, err := Import(fsys)
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Import = %v, %v; want Problems", res, err)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("problems lack %q:\n%s", w, msg)
				}
			}
		})
	}
}

// Locate tells the loader's problems as cells: a bad value by its own
// cell, a missing one by its row.
func TestLocate(t *testing.T) {
	fsys := templateFS(t)
	edit(t, fsys, EventsSheet, "europe,2019-02-04,president", "europe,2019-02-04,presidnt")
	edit(t, fsys, StancesSheet, "RUS,president,2019-01-23,maduro,,M10", "RUS,president,2019-01-23,madur,,")
	res, err := Import(fsys)
	if err != nil {
		t.Fatal(err)
	}
	_, err = data.Load(res.JSON, data.Options{})
	var ps data.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("loader: %v", err)
	}
	got := map[string]string{}
	for _, p := range ps {
		c, ok := res.Locate(p.Path)
		if !ok {
			t.Errorf("%s: no cell", p.Path)
		}
		got[p.Path] = c.String()
	}
	want := map[string]string{
		"events[1].question":                        "events.csv row 3, column question (C)",
		"countries[1].stances.president[0].side":    "stances.csv row 4, column side (D)",
		"countries[1].stances.president[0].sources": "stances.csv row 4, column sources (F)",
	}
	for path, cell := range want {
		if got[path] != cell {
			t.Errorf("%s is at %q, want %q (all: %v)", path, got[path], cell, got)
		}
	}
	if c, ok := res.Locate("sides[1].label.es"); !ok || c.String() != "sides.csv row 3, column label_es (F)" {
		t.Errorf("sides[1].label.es at %v", c)
	}
	if _, ok := (*Result)(nil).Locate("id"); ok {
		t.Error("a nil result locates something")
	}
}

// WriteDir never replaces sheets an editor may have changed, unless told.
func TestWriteDirKeepsWork(t *testing.T) {
	sheets, err := Template()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/Events.csv", []byte("my edits"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = WriteDir(dir, sheets, WriteOptions{})
	if err == nil || !strings.Contains(err.Error(), "already has Events.csv") {
		t.Fatalf("WriteDir over an edited sheet: %v", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("a refused write left %d files", len(ents))
	}
	if err := WriteDir(dir, sheets, WriteOptions{Force: true, Sep: ';'}); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(dir+"/story.csv", sheets, WriteOptions{}); err == nil {
		t.Error("WriteDir into a file succeeded")
	}
	if err := WriteDir(t.TempDir(), sheets, WriteOptions{Sep: '|'}); err == nil {
		t.Error("separator | accepted")
	}
}
