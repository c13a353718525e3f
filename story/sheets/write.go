package sheets

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/stancemap/stancemap/export"
)

// bom is UTF-8's byte-order mark. Excel reads a CSV file as UTF-8 only
// when it starts with one (else "Guaidó" shows as "GuaidÃ³"); LibreOffice,
// Numbers and Google Sheets take it too, and Import skips it.
var bom = []byte{0xEF, 0xBB, 0xBF}

// Encode writes the sheet as CSV: UTF-8 with a byte-order mark, the
// separator sep (',' or, for a spreadsheet in a locale that reads ';',
// ';'), LF line ends.
func (sh Sheet) Encode(w io.Writer, sep rune) error {
	if _, err := w.Write(bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = sep
	if err := cw.Write(sh.Header); err != nil {
		return err
	}
	if err := cw.WriteAll(sh.Rows); err != nil {
		return err
	}
	return cw.Error()
}

// WriteOptions tune WriteDir.
type WriteOptions struct {
	Sep   rune // ',' (the default when 0), ';' or '\t'
	Force bool // replace sheets already in the folder
}

// WriteDir writes sheets into dir, creating it. Each file is written to a
// temporary name and renamed, so none is ever half written. Sheets already
// in dir may hold an editor's work: unless opt.Force, WriteDir refuses to
// replace any of them and writes nothing.
func WriteDir(dir string, sheets []Sheet, opt WriteOptions) error {
	if opt.Sep == 0 {
		opt.Sep = ','
	}
	if opt.Sep != ',' && opt.Sep != ';' && opt.Sep != '\t' {
		return fmt.Errorf("separator %q: use ',', ';' or a tab", opt.Sep)
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return fmt.Errorf("%s is a file, not a folder", dir)
	}
	if !opt.Force {
		var there []string
		for _, sh := range sheets {
			if p, err := findSheet(os.DirFS(dir), sh.Name); err == nil && p != "" {
				there = append(there, p)
			}
		}
		if len(there) > 0 {
			return fmt.Errorf("%s already has %s, which may hold edits: choose another folder, or replace them with -force",
				dir, strings.Join(there, ", "))
		}
	}
	// Encode everything before writing anything.
	bodies := make([][]byte, len(sheets))
	for i, sh := range sheets {
		var b bytes.Buffer
		if err := sh.Encode(&b, opt.Sep); err != nil {
			return fmt.Errorf("%s: %w", sh.Name, err)
		}
		bodies[i] = b.Bytes()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var written []string
	for i, sh := range sheets {
		err := export.WriteFile(filepath.Join(dir, sh.Name), func(w io.Writer) error {
			_, err := w.Write(bodies[i])
			return err
		})
		if err != nil {
			if len(written) > 0 {
				return fmt.Errorf("%w (written before it: %s)", err, strings.Join(written, ", "))
			}
			return err
		}
		written = append(written, sh.Name)
	}
	return nil
}
