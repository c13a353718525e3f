package data

import (
	"fmt"
	"strings"
	"time"
)

// derive computes, once, each event's stances, changes and counts.
func (s *Story) derive() {
	n := len(s.Events)
	s.stances = make([]map[string]Stance, n)
	s.standing = make([]map[string]Stance, n)
	s.changes = make([][]Change, n)
	s.counts = make([]map[string]int, n)
	s.baseline = make([]int, n)
	s.baseChanges = make([][]Change, n)
	for i := range s.Events {
		e := &s.Events[i]
		m := make(map[string]Stance, len(s.Countries)) // sized once: growing it was a fifth of loading a large story
		for _, c := range s.Countries {
			if st, ok := stanceAt(c.Stances[e.Question], e.Date); ok {
				st.Code = c.Code
				m[c.Code] = st
			}
		}
		s.stances[i] = m
		s.standing[i] = s.standingAt(e, m)
		counts := make(map[string]int, len(s.Sides))
		for _, d := range s.Sides {
			counts[d.ID] = 0
		}
		for _, st := range m {
			counts[st.Side]++
		}
		s.counts[i] = counts
		if i > 0 {
			e.QuestionChanged = e.Question != s.Events[i-1].Question
			s.changes[i] = diff(s.Countries, s.stances[i-1], m)
		}
		s.baseline[i] = -1
		for j := i - 1; j >= 0; j-- {
			if s.Events[j].Question == e.Question {
				s.baseline[i] = j
				s.baseChanges[i] = diff(s.Countries, s.stances[j], m)
				break
			}
		}
	}
}

// stanceAt is the latest entry whose From is on or before date. Since goes
// back over earlier entries with the same side: a later entry that only
// adds sources or doubt does not restart the stance.
func stanceAt(entries []Entry, date time.Time) (Stance, bool) {
	last := -1
	for i, e := range entries {
		if e.From.After(date) {
			break
		}
		last = i
	}
	if last < 0 {
		return Stance{}, false
	}
	e := entries[last]
	since := e.From
	for j := last - 1; j >= 0 && entries[j].Side == e.Side; j-- {
		since = entries[j].From
	}
	return Stance{Side: e.Side, Since: since, Sources: e.Sources, Uncertain: e.Uncertain, Note: e.Note}, true
}

// standingAt is, for each country without a stance at event e, its latest
// position on the question e's question takes its context from, up to e's
// date; nil when the question names no context.
func (s *Story) standingAt(e *Event, stances map[string]Stance) map[string]Stance {
	q := s.Question(e.Question)
	if q == nil || q.Context == "" {
		return nil
	}
	m := map[string]Stance{}
	for _, c := range s.Countries {
		if _, ok := stances[c.Code]; ok {
			continue
		}
		if st, ok := stanceAt(c.Stances[q.Context], e.Date); ok {
			st.Code = c.Code
			m[c.Code] = st
		}
	}
	return m
}

// diff lists the countries whose side differs, in code order (Countries is
// sorted by code).
func diff(countries []Country, before, after map[string]Stance) []Change {
	var out []Change
	for _, c := range countries {
		a, b := before[c.Code].Side, after[c.Code].Side
		if a != b {
			out = append(out, Change{Code: c.Code, From: a, To: b})
		}
	}
	return out
}

// Stances returns every country's stance at event, by code. Countries with
// no stance at that event are absent (draw them as "no data"). The map is
// shared: do not modify it. Out of range events give nil.
func (s *Story) Stances(event int) map[string]Stance {
	if event < 0 || event >= len(s.stances) {
		return nil
	}
	return s.stances[event]
}

// Standing returns, by code, the standing positions at event: for each
// country with no stance on the event's question, its latest stance on the
// question that question takes its context from (Question.Context), up to
// the event's date. Such a country has said nothing on this question, so
// it is counted under no side; a map draws it in a muted tint of its
// standing side. Nil when the question names no context or event is out of
// range. The map is shared: do not modify it.
func (s *Story) Standing(event int) map[string]Stance {
	if event < 0 || event >= len(s.standing) {
		return nil
	}
	return s.standing[event]
}

// Changes lists, sorted by code, the countries whose side at event differs
// from the previous event's. The first event has none. When the event's
// question differs from the previous event's (Event.QuestionChanged), these
// are differences between two questions, not switches of position.
func (s *Story) Changes(event int) []Change {
	if event < 0 || event >= len(s.changes) {
		return nil
	}
	return s.changes[event]
}

// Baseline is the step that event's changes are best measured against:
// the latest earlier step asking the same question, or -1 when the question
// is asked here for the first time. Without a change of question it is the
// previous step. When the questions alternate (assembly, president,
// assembly), it skips the steps in between, so a reader learns what moved
// since the last map that meant the same thing.
func (s *Story) Baseline(event int) int {
	if event < 0 || event >= len(s.baseline) {
		return -1
	}
	return s.baseline[event]
}

// BaselineChanges lists, sorted by code, the countries whose side at event
// differs from their side at Baseline(event): switches of position on one
// question, never differences between two questions. Nil when there is no
// baseline.
func (s *Story) BaselineChanges(event int) []Change {
	if event < 0 || event >= len(s.baseChanges) {
		return nil
	}
	return s.baseChanges[event]
}

// Counts returns how many countries are on each side at event, with every
// side of the story present (zero included).
func (s *Story) Counts(event int) map[string]int {
	if event < 0 || event >= len(s.counts) {
		return nil
	}
	return s.counts[event]
}

// FindEvent finds an event by id or by date (YYYY-MM-DD). The error names
// the valid ids and dates.
func (s *Story) FindEvent(idOrDate string) (int, error) {
	valid := make([]string, 0, len(s.Events))
	for i, e := range s.Events {
		date := e.Date.Format(time.DateOnly)
		if idOrDate == e.ID || idOrDate == date {
			return i, nil
		}
		valid = append(valid, e.ID+" ("+date+")")
	}
	return -1, fmt.Errorf("no event %q; valid events: %s", idOrDate, strings.Join(valid, ", "))
}
