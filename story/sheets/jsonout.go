package sheets

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/stancemap/stancemap/data"
)

// The story as Import builds it, in the order the file is written. Empty
// strings and texts are left out of the file, so that the loader says a
// required one "is required" at its path (which Result.Locate turns into
// a cell).
type (
	text     []langText // in the story's language order
	langText struct{ lang, s string }

	jStory struct {
		ID, Lang, View        string
		Langs, Subject        []string
		Title, Credit         text
		Sides                 []jSide
		Questions             []jQuestion
		Sources               []jSource
		Events                []jEvent
		Corrections           []jCorrection
		Countries             []jCountry
		hasLangs, hasSubjects bool
	}
	jSide struct {
		ID                        string
		Label                     text
		Color, ColorDark, Pattern string
	}
	jQuestion struct {
		ID      string
		Text    text
		Labels  []jLabel
		Context string
	}
	jLabel struct {
		side string
		text text
	}
	jSource struct{ ID, Publisher, Title, Date, URL string }
	jEvent  struct {
		ID, Date                 string
		Label, Headline, Summary text
		Question                 string
		Note                     text
		Sources                  []string
	}
	jCountry struct {
		Code    string
		Stances []jStances
	}
	jStances struct {
		Question string
		Entries  []jEntry
	}
	jEntry struct {
		From, Side string
		Sources    []string
		Uncertain  bool
		Note       text
	}
	jCorrection struct {
		Date string
		Text text
	}
)

// jw writes JSON by hand, laid out as data/default.json is: the story's
// fields one per line, one line per side, question, source, event,
// correction and stance entry.
type jw struct{ b bytes.Buffer }

func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // story text is not HTML; keep "&" and "<" readable
	_ = enc.Encode(s)        // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// obj writes a one-line object from key/value pairs whose values are
// already JSON; empty values are left out.
func obj(kv ...string) string {
	var parts []string
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			parts = append(parts, quote(kv[i])+": "+kv[i+1])
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func str(s string) string {
	if s == "" {
		return ""
	}
	return quote(s)
}

func (t text) json() string {
	if len(t) == 0 {
		return ""
	}
	kv := make([]string, 0, 2*len(t))
	for _, lt := range t {
		kv = append(kv, lt.lang, quote(lt.s))
	}
	return obj(kv...)
}

func list(ids []string) string {
	q := make([]string, len(ids))
	for i, s := range ids {
		q[i] = quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func listIf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return list(ids)
}

// array writes `"key": [` then each line, comma-separated, then `]`.
func (w *jw) array(key string, lines []string, last bool) {
	w.b.WriteString("  " + quote(key) + ": [")
	if len(lines) > 0 {
		w.b.WriteString("\n    " + strings.Join(lines, ",\n    ") + "\n  ")
	}
	w.b.WriteString("]")
	if !last {
		w.b.WriteString(",")
	}
	w.b.WriteString("\n")
}

// marshal writes the story file.
func (s *jStory) marshal() []byte {
	var w jw
	w.b.WriteString("{\n")
	field := func(k, v string) {
		if v != "" {
			w.b.WriteString("  " + quote(k) + ": " + v + ",\n")
		}
	}
	field("format", quote(data.FormatID))
	field("id", str(s.ID))
	field("lang", str(s.Lang))
	if s.hasLangs {
		field("langs", list(s.Langs))
	}
	field("title", s.Title.json())
	field("credit", s.Credit.json())
	if s.hasSubjects {
		field("subject", list(s.Subject))
	}
	field("view", str(s.View))
	var lines []string
	for _, d := range s.Sides {
		lines = append(lines, obj("id", str(d.ID), "label", d.Label.json(), "color", str(d.Color), "colorDark", str(d.ColorDark), "pattern", str(d.Pattern)))
	}
	w.array("sides", lines, false)
	lines = nil
	for _, q := range s.Questions {
		var labels []string
		for _, l := range q.Labels {
			labels = append(labels, l.side, l.text.json())
		}
		lb := ""
		if len(labels) > 0 {
			lb = obj(labels...)
		}
		lines = append(lines, obj("id", str(q.ID), "text", q.Text.json(), "labels", lb, "context", str(q.Context)))
	}
	w.array("questions", lines, false)
	lines = nil
	for _, src := range s.Sources {
		lines = append(lines, obj("id", str(src.ID), "publisher", str(src.Publisher), "title", str(src.Title), "date", str(src.Date), "url", str(src.URL)))
	}
	w.array("sources", lines, false)
	lines = nil
	for _, e := range s.Events {
		lines = append(lines, obj("id", str(e.ID), "date", str(e.Date), "label", e.Label.json(), "headline", e.Headline.json(),
			"summary", e.Summary.json(), "question", str(e.Question), "note", e.Note.json(), "sources", listIf(e.Sources)))
	}
	w.array("events", lines, false)
	if len(s.Corrections) > 0 {
		lines = nil
		for _, c := range s.Corrections {
			lines = append(lines, obj("date", str(c.Date), "text", c.Text.json()))
		}
		w.array("corrections", lines, false)
	}
	lines = nil
	for _, c := range s.Countries {
		var qs []string
		for _, st := range c.Stances {
			var es []string
			for _, e := range st.Entries {
				unc := ""
				if e.Uncertain {
					unc = "true"
				}
				es = append(es, obj("from", str(e.From), "side", str(e.Side), "sources", listIf(e.Sources), "uncertain", unc, "note", e.Note.json()))
			}
			qs = append(qs, "  "+quote(st.Question)+": [\n        "+strings.Join(es, ",\n        ")+"\n      ]")
		}
		lines = append(lines, "{\"code\": "+quote(c.Code)+", \"stances\": {\n    "+strings.Join(qs, ",\n    ")+"\n    }}")
	}
	w.array("countries", lines, true)
	w.b.WriteString("}\n")
	return w.b.Bytes()
}
