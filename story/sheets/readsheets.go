package sheets

import (
	"cmp"
	"slices"
	"strings"

	"github.com/stancemap/stancemap/data"
)

// readStory reads story.csv, a column of field names and one of values.
// It reports whether the languages are known, which every other sheet's
// columns need.
func (im *importer) readStory(t *table, s *jStory) bool {
	c := im.readColumns(t, columnSpec{fixed: []string{"field", "value"}, required: []string{"field", "value"}})
	if len(im.probs) > 0 {
		return false
	}
	rows := map[string]int{} // field -> row index + 1 (0: absent)
	for k := range t.rows {
		f := c.get(k, "field")
		switch {
		case f == "":
			im.problem(c.cell(k, "field"), "names no field (value %q)", c.get(k, "value"))
		case rows[f] != 0:
			im.problem(c.cell(k, "field"), "%q is there twice", f)
		default:
			rows[f] = k + 1
		}
	}
	value := func(f string) (string, int) {
		k := rows[f] - 1
		if k < 0 {
			return "", -1
		}
		return c.get(k, "value"), k
	}
	sheetCell := Cell{Sheet: t.name, Col: -1}
	where := func(f string) Cell {
		if k := rows[f] - 1; k >= 0 {
			return c.cell(k, "value")
		}
		return sheetCell
	}
	s.ID, _ = value("id")
	im.at("id", where("id"))
	im.lang, _ = value("lang")
	im.at("lang", where("lang"))
	if im.lang == "" {
		im.problem(where("lang"), "the story's language is required: a row lang with a code such as en")
		return false
	}
	s.Lang = im.lang
	im.langs = []string{im.lang}
	if v, k := value("langs"); k >= 0 {
		s.hasLangs = true
		s.Langs = readList(v)
		im.at("langs", where("langs"))
		for i, l := range s.Langs {
			im.at(index("langs", i), where("langs"))
			if !slices.Contains(im.langs, l) {
				im.langs = append(im.langs, l)
			}
		}
	}
	if v, k := value("subject"); k >= 0 && v != "" {
		s.hasSubjects = true
		s.Subject = readList(v)
		im.at("subject", where("subject"))
		for i := range s.Subject {
			im.at(index("subject", i), where("subject"))
		}
	}
	if v, k := value("view"); k >= 0 && v != "" {
		s.View = v
		im.at("view", where("view"))
	}
	if v, k := value("format"); k >= 0 && v != data.FormatID {
		im.problem(where("format"), "%q is not %q", v, data.FormatID)
	}
	for k := range t.rows {
		f := c.get(k, "field")
		switch base, l, _ := cutLang(f); {
		case f == "" || f == "id" || f == "lang" || f == "langs" || f == "subject" || f == "view" || f == "format":
		case (base == "title" || base == "credit") && slices.Contains(im.langs, l):
		case base == "title" || base == "credit":
			im.problem(c.cell(k, "field"), "language %q is not one of the story's (%s)", l, strings.Join(im.langs, ", "))
		case strings.HasPrefix(f, "_"):
		default:
			im.problem(c.cell(k, "field"), "%q is not a field of story.csv (fields: id, lang, langs, subject, view, title_LANG, credit_LANG)", f)
		}
	}
	text := func(field string) text {
		var out text
		im.at(field, where(field+"_"+im.lang))
		for _, l := range im.langs {
			im.at(field+"."+l, where(field+"_"+l))
			if v, _ := value(field + "_" + l); v != "" {
				out = append(out, langText{l, v})
			}
		}
		return out
	}
	s.Title, s.Credit = text("title"), text("credit")
	return true
}

// cutLang splits "title_en" into "title" and "en".
func cutLang(f string) (base, lang string, ok bool) {
	i := strings.IndexByte(f, '_')
	if i < 0 {
		return f, "", false
	}
	return f[:i], f[i+1:], true
}

func (im *importer) readSides(t *table, s *jStory) {
	c := im.readColumns(t, columnSpec{
		fixed: []string{"id", "color", "colorDark", "pattern"}, texts: []string{"label"},
		required: []string{"id", "color", "label_" + im.lang},
	})
	for k := range t.rows {
		at := index("sides", len(s.Sides))
		im.at(at, c.cell(k, "id"))
		d := jSide{
			ID: c.field(k, "id", at+".id"), Label: c.text(k, "label", at+".label"),
			Color: c.field(k, "color", at+".color"), ColorDark: c.field(k, "colorDark", at+".colorDark"),
			Pattern: c.field(k, "pattern", at+".pattern"),
		}
		if d.ID != "" {
			im.sides = append(im.sides, d.ID)
		}
		s.Sides = append(s.Sides, d)
	}
}

// labelColumn reads a question's side-label column, label_SIDE_LANG.
func (im *importer) labelColumn(name string) (side, lang string, ok bool, why string) {
	rest, ok := strings.CutPrefix(name, "label_")
	if !ok {
		return "", "", false, ""
	}
	for _, l := range im.langs {
		if sd, ok := strings.CutSuffix(rest, "_"+l); ok {
			if !slices.Contains(im.sides, sd) {
				return "", "", false, "side \"" + sd + "\" is not in sides.csv (sides: " + strings.Join(im.sides, ", ") + ")"
			}
			return sd, l, true, ""
		}
	}
	return "", "", false, "a side label's column is label_SIDE_LANG, LANG one of " + strings.Join(im.langs, ", ")
}

func (im *importer) readQuestions(t *table, s *jStory) {
	c := im.readColumns(t, columnSpec{
		fixed: []string{"id", "context"}, texts: []string{"text"},
		extra: func(name string) (bool, string) {
			_, _, ok, why := im.labelColumn(name)
			return ok, why
		},
		required: []string{"id", "text_" + im.lang},
	})
	for k := range t.rows {
		at := index("questions", len(s.Questions))
		im.at(at, c.cell(k, "id"))
		q := jQuestion{ID: c.field(k, "id", at+".id"), Text: c.text(k, "text", at+".text"), Context: c.field(k, "context", at+".context")}
		for _, side := range im.sides {
			lt := c.text(k, "label_"+side, at+".labels."+side)
			if len(lt) > 0 {
				q.Labels = append(q.Labels, jLabel{side, lt})
			}
		}
		s.Questions = append(s.Questions, q)
	}
}

func (im *importer) readSources(t *table, s *jStory) {
	c := im.readColumns(t, columnSpec{fixed: []string{"id", "publisher", "title", "date", "url"}, required: []string{"id", "publisher"}})
	for k := range t.rows {
		at := index("sources", len(s.Sources))
		im.at(at, c.cell(k, "id"))
		src := jSource{
			ID: c.field(k, "id", at+".id"), Publisher: c.field(k, "publisher", at+".publisher"),
			Title: c.field(k, "title", at+".title"), URL: c.field(k, "url", at+".url"),
		}
		src.Date = im.date(c.cell(k, "date"), c.field(k, "date", at+".date"), true)
		s.Sources = append(s.Sources, src)
	}
}

// readEvents reads events.csv. Steps are put in date order, so a new step
// may be added at the bottom of the sheet; two on one day are the
// loader's to refuse.
func (im *importer) readEvents(t *table, s *jStory) {
	c := im.readColumns(t, columnSpec{
		fixed: []string{"id", "date", "question", "sources"}, texts: eventTexts,
		required: []string{"id", "date", "question", "headline_" + im.lang, "summary_" + im.lang},
	})
	for _, r := range im.byDate(t, c) {
		k, at := r.k, index("events", len(s.Events))
		im.at(at, c.cell(k, "id"))
		im.at(at+".date", c.cell(k, "date"))
		s.Events = append(s.Events, jEvent{
			ID: c.field(k, "id", at+".id"), Date: r.date, Question: c.field(k, "question", at+".question"),
			Sources: c.ids(k, "sources", at+".sources"),
			Label:   c.text(k, "label", at+".label"), Headline: c.text(k, "headline", at+".headline"),
			Summary: c.text(k, "summary", at+".summary"), Note: c.text(k, "note", at+".note"),
		})
	}
}

// readStances reads stances.csv, one row per entry, into countries sorted
// by code, their questions in the story's order and each question's
// entries in date order: an editor may add a row anywhere.
func (im *importer) readStances(t *table, s *jStory) {
	c := im.readColumns(t, columnSpec{
		fixed: []string{"code", "question", "from", "side", "uncertain", "sources"}, texts: []string{"note"},
		required: []string{"code", "question", "from", "side", "sources"},
	})
	type row struct {
		k             int
		code, q, from string
		qOrder        int
		uncertain     bool
	}
	qOrder := map[string]int{}
	for i, q := range s.Questions {
		qOrder[q.ID] = i
	}
	var rows []row
	for k := range t.rows {
		r := row{k: k, code: c.get(k, "code"), q: c.get(k, "question")}
		if r.code == "" {
			im.problem(c.cell(k, "code"), "a country code is required (such as USA)")
		}
		if r.q == "" {
			im.problem(c.cell(k, "question"), "a question id is required")
		}
		if o, ok := qOrder[r.q]; ok {
			r.qOrder = o
		} else {
			r.qOrder = len(qOrder) // the loader names it
		}
		r.from = im.date(c.cell(k, "from"), c.get(k, "from"), false)
		var msg string
		if r.uncertain, msg = readBool(c.get(k, "uncertain")); msg != "" {
			im.problem(c.cell(k, "uncertain"), "%s", msg)
		}
		rows = append(rows, r)
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(a.code, b.code), cmp.Compare(a.qOrder, b.qOrder), cmp.Compare(a.q, b.q), cmp.Compare(a.from, b.from))
	})
	for i := 0; i < len(rows); {
		ca := index("countries", len(s.Countries))
		country := jCountry{Code: rows[i].code}
		im.at(ca, c.cell(rows[i].k, "code"))
		im.at(ca+".code", c.cell(rows[i].k, "code"))
		im.at(ca+".stances", c.cell(rows[i].k, "code"))
		for i < len(rows) && rows[i].code == country.Code {
			q := rows[i].q
			qa := ca + ".stances." + q
			im.at(qa, c.cell(rows[i].k, "question"))
			st := jStances{Question: q}
			for ; i < len(rows) && rows[i].code == country.Code && rows[i].q == q; i++ {
				k, ea := rows[i].k, index(qa, len(st.Entries))
				im.at(ea, c.cell(k, "from"))
				im.at(ea+".from", c.cell(k, "from"))
				im.at(ea+".uncertain", c.cell(k, "uncertain"))
				st.Entries = append(st.Entries, jEntry{
					From: rows[i].from, Side: c.field(k, "side", ea+".side"), Sources: c.ids(k, "sources", ea+".sources"),
					Uncertain: rows[i].uncertain, Note: c.text(k, "note", ea+".note"),
				})
			}
			country.Stances = append(country.Stances, st)
		}
		s.Countries = append(s.Countries, country)
	}
}

func (im *importer) readCorrections(t *table, s *jStory) {
	c := im.readColumns(t, columnSpec{fixed: []string{"date"}, texts: []string{"text"}, required: []string{"date", "text_" + im.lang}})
	for _, r := range im.byDate(t, c) {
		at := index("corrections", len(s.Corrections))
		im.at(at, c.cell(r.k, "date"))
		im.at(at+".date", c.cell(r.k, "date"))
		s.Corrections = append(s.Corrections, jCorrection{Date: r.date, Text: c.text(r.k, "text", at+".text")})
	}
}

// datedRow is a row of a sheet and the date read from its date column.
type datedRow struct {
	k    int
	date string
}

// byDate reads the date column of each of t's rows and returns the rows
// in date order; rows of one date keep the sheet's order.
func (im *importer) byDate(t *table, c *columns) []datedRow {
	var rows []datedRow
	for k := range t.rows {
		rows = append(rows, datedRow{k, im.date(c.cell(k, "date"), c.get(k, "date"), false)})
	}
	slices.SortStableFunc(rows, func(a, b datedRow) int { return cmp.Compare(a.date, b.date) })
	return rows
}
