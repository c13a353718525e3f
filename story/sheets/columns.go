package sheets

import (
	"fmt"
	"strings"
)

// columns is a sheet's header, checked against what the sheet may hold.
type columns struct {
	im  *importer
	t   *table
	idx map[string]int // column name -> 0-based column
}

// columnSpec says which columns a sheet has: fixed names, text fields with
// a column per language (field_en, field_es…), and names that extra
// accepts (a question's side labels). required lists the columns that must
// be there (a text field's default-language column is named in full).
type columnSpec struct {
	fixed    []string
	texts    []string
	extra    func(name string) (ok bool, why string)
	required []string
}

// readColumns checks t's header: every named column is known and named
// once, required columns are there, and cells sit only under a named
// column. Columns whose name starts with "_" are the editor's own notes
// and are skipped.
func (im *importer) readColumns(t *table, spec columnSpec) *columns {
	c := &columns{im: im, t: t, idx: map[string]int{}}
	known := map[string]bool{}
	var names []string
	for _, f := range spec.fixed {
		known[f] = true
		names = append(names, f)
	}
	for _, f := range spec.texts {
		for _, l := range im.langs {
			known[f+"_"+l] = true
		}
		names = append(names, f+"_LANG")
	}
	seen := map[string]bool{}
	for i, h := range t.header {
		cell := Cell{Sheet: t.name, Row: 1, Col: i, Column: h}
		dup := h != "" && seen[h]
		seen[h] = true
		switch {
		case h == "":
			for k, row := range t.rows {
				if i < len(row) && row[i] != "" {
					im.problem(Cell{Sheet: t.name, Row: t.rowNums[k], Col: i}, "%q is in a column with no name in row 1: name the column, or start its name with _ to keep notes there", row[i])
					break
				}
			}
		case strings.HasPrefix(h, "_"):
		case dup:
			im.problem(cell, "is there twice")
		case known[h]:
			c.idx[h] = i
		default:
			if spec.extra != nil {
				if ok, why := spec.extra(h); ok {
					c.idx[h] = i
					continue
				} else if why != "" {
					im.problem(cell, "%s", why)
					continue
				}
			}
			im.problem(cell, "%s", im.unknownColumn(h, spec.texts, names))
		}
	}
	for _, r := range spec.required {
		if _, ok := c.idx[r]; !ok {
			im.problem(Cell{Sheet: t.name, Row: 1, Col: -1}, "has no column %q (it has %s)", r, strings.Join(nonEmpty(t.header), ", "))
		}
	}
	for k, row := range t.rows {
		for i := len(t.header); i < len(row); i++ {
			if row[i] != "" {
				im.problem(Cell{Sheet: t.name, Row: t.rowNums[k], Col: i}, "%q is in a column with no name in row 1", row[i])
				break
			}
		}
	}
	return c
}

// unknownColumn explains a column name the sheet does not take.
func (im *importer) unknownColumn(h string, texts, names []string) string {
	for _, f := range texts {
		if l, ok := strings.CutPrefix(h, f+"_"); ok {
			return fmt.Sprintf("language %q is not one of the story's (%s, from story.csv's lang and langs)", l, strings.Join(im.langs, ", "))
		}
	}
	return fmt.Sprintf("is not a column of this sheet (its columns: %s; start a name with _ for notes)", strings.Join(names, ", "))
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// get is the cell of row k (an index into t.rows) in the named column,
// "" when the sheet has no such column or the row is short.
func (c *columns) get(k int, name string) string {
	i, ok := c.idx[name]
	if !ok || i >= len(c.t.rows[k]) {
		return ""
	}
	return c.t.rows[k][i]
}

// cell is where row k's value of the named column is; Col is -1 when the
// sheet has no such column.
func (c *columns) cell(k int, name string) Cell {
	i, ok := c.idx[name]
	if !ok {
		return Cell{Sheet: c.t.name, Row: c.t.rowNums[k], Col: -1}
	}
	return Cell{Sheet: c.t.name, Row: c.t.rowNums[k], Col: i, Column: name}
}

// field reads row k's cell of a plain column and records it at jsonPath.
func (c *columns) field(k int, name, jsonPath string) string {
	c.im.at(jsonPath, c.cell(k, name))
	return c.get(k, name)
}

// text reads row k's columns field_LANG into a text at jsonPath, in the
// story's language order, recording each language's cell; the text's own
// path names the default language's cell.
func (c *columns) text(k int, prefix, jsonPath string) text {
	var t text
	for _, l := range c.im.langs {
		name := prefix + "_" + l
		cell := c.cell(k, name)
		c.im.at(jsonPath+"."+l, cell)
		if l == c.im.lang {
			c.im.at(jsonPath, cell)
		}
		if v := c.get(k, name); v != "" {
			t = append(t, langText{l, v})
		}
	}
	return t
}

// ids reads row k's cell of a list of ids, recording each at jsonPath[i].
func (c *columns) ids(k int, name, jsonPath string) []string {
	cell := c.cell(k, name)
	c.im.at(jsonPath, cell)
	out := readList(c.get(k, name))
	for i := range out {
		c.im.at(index(jsonPath, i), cell)
	}
	return out
}
