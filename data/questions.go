package data

import (
	"strings"

	"github.com/tidwall/gjson"
)

// questions reads the story's questions and returns their ids, which
// events and stances refer to.
func (p *parser) questions(s *Story, r gjson.Result, sides map[string]bool) map[string]bool {
	seen := map[string]bool{}
	items := p.array(r, here("questions"), true)
	if r.IsArray() && len(items) == 0 {
		p.add("questions", "must list at least one question")
	}
	contextAt := map[int]gjson.Result{}
	for i, v := range items {
		at := index("questions", i)
		f, ok := p.fields(v, at, "id", "text", "labels", "context")
		if !ok {
			continue
		}
		q := Question{ID: p.id(f.Get("id"), field(at, "id"))}
		p.unique(seen, q.ID, at+".id")
		q.Text = p.text(f.Get("text"), field(at, "text"), true)
		q.Labels = p.labels(f.Get("labels"), at+".labels", sides)
		if c := f.Get("context"); c.Exists() {
			contextAt[len(s.Questions)] = c
		}
		s.Questions = append(s.Questions, q)
	}
	// A context names another question, which may come later in the list.
	for k, c := range contextAt {
		q := &s.Questions[k]
		at := field(index("questions", k), "context")
		id := p.str(c, at, true)
		switch {
		case id == "":
		case id == q.ID:
			p.add(at.String(), "%q is the question itself; name another question, or leave context out", id)
		case !seen[id]:
			p.add(at.String(), "unknown question %q", id)
		default:
			q.Context = id
		}
	}
	return seen
}

// labels reads a question's side labels: an object of side id -> text.
func (p *parser) labels(r gjson.Result, path string, sides map[string]bool) map[string]Text {
	if !r.Exists() {
		return nil
	}
	if !r.IsObject() {
		p.add(path, "must be an object of side id -> text, not %s", kind(r))
		return nil
	}
	out := map[string]Text{}
	r.ForEach(func(k, v gjson.Result) bool {
		id := k.String()
		at := join(path, id)
		switch {
		case len(id) > 0 && id[0] == '_':
		case !sides[id]:
			p.add(at, "unknown side %q (sides: %s)", id, strings.Join(keysOf(sides), ", "))
		case out[id] != nil:
			p.add(at, "appears more than once")
		default:
			out[id] = p.text(v, here(at), true)
		}
		return true
	})
	return out
}
