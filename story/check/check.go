// Package check reads a story the way an editor wants it read before
// publishing: every problem the loader finds (a story with one cannot be
// shown), and warnings about what loads but reads badly — a coloured cell
// whose sources have no link, a source never cited, a step that changes
// nothing and says nothing, text missing in one of the story's languages,
// wording its language's glossary (story/glossary) marks as taking a side,
// steps whose ids changed since a previous version (readers' links name
// steps by id), and side colours that a colour-blind reader or a greyscale
// page would confuse (the story's own, or a newsroom style's).
package check

import (
	"errors"
	"fmt"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/style"
	"github.com/tidwall/gjson"
)

// Kinds of finding. A problem stops the story from loading; a warning
// does not.
const (
	Problem       = "problem"
	UnlinkedCells = "unlinked-cells" // coloured cells resting on sources with no url
	UncitedSource = "uncited-source" // a source nothing cites
	QuietStep     = "quiet-step"     // a step with no change and no note
	MissingText   = "missing-text"   // a text without one of the story's languages
	LostEventID   = "lost-event-id"  // a step id of the previous version is gone
	CloseColours  = "close-colours"  // two sides' colours a reader could confuse
	MissingGlyphs = "missing-glyphs" // letters a style's fonts lack
	LoadedTerm    = "loaded-term"    // a term the language's glossary marks as taking a side
)

// Finding is one problem or warning, at a JSON path of the story and, for
// a story made from sheets, at a cell.
type Finding struct {
	Kind    string `json:"kind"`
	Path    string `json:"path,omitempty"`
	Where   string `json:"where,omitempty"` // the sheet cell, for sheets
	Message string `json:"message"`
}

func (f Finding) String() string {
	switch {
	case f.Where != "" && f.Path != "":
		return f.Where + ": " + f.Message + " (" + f.Path + ")"
	case f.Where != "":
		return f.Where + ": " + f.Message
	case f.Path != "":
		return f.Path + ": " + f.Message
	}
	return f.Message
}

// Report is what Check found.
type Report struct {
	Problems []Finding `json:"problems"`
	Warnings []Finding `json:"warnings"`
	// Story is the loaded story, when it loads.
	Story *data.Story `json:"-"`
}

// OK reports whether the story loads (it may have warnings).
func (r Report) OK() bool { return len(r.Problems) == 0 }

// Options tune Check.
type Options struct {
	// KnownCode is the world atlas's: a code it cannot draw is a problem,
	// as in every program that shows the story.
	KnownCode func(code string) bool
	// Previous is an earlier version of the story, to compare event ids
	// with; nil for none. It must load.
	Previous *data.Story
	// Where names the sheet cell of a JSON path ("" for none).
	Where func(jsonPath string) string
	// Style is a newsroom's style the story will be shown with, nil for
	// none: its side colours are the ones checked.
	Style *style.Style
}

// Check loads the story file b and reports its problems or, when it loads,
// its warnings. Warnings need the loaded story, so a story with problems
// has none yet.
func Check(b []byte, opt Options) Report {
	c := &checker{opt: opt}
	s, err := data.Load(b, data.Options{KnownCode: opt.KnownCode})
	var ps data.Problems
	switch {
	case errors.As(err, &ps):
		for _, p := range ps {
			c.add(&c.r.Problems, Problem, p.Path, "%s", p.Message)
		}
		return c.r
	case err != nil:
		c.add(&c.r.Problems, Problem, "", "%v", err)
		return c.r
	}
	c.s, c.r.Story = s, s
	c.fileIndex = countryIndex(b)
	c.unlinkedCells()
	c.uncitedSources()
	c.quietSteps()
	c.missingTexts()
	if opt.Style == nil || c.applyStyle(opt.Style) {
		c.closeColours()
	}
	c.loadedTerms()
	if opt.Previous != nil {
		c.lostEventIDs(opt.Previous)
	}
	return c.r
}

type checker struct {
	opt       Options
	s         *data.Story
	r         Report
	fileIndex map[string]int // country code -> index in the file's countries
}

func (c *checker) add(to *[]Finding, kind, path, format string, args ...any) {
	f := Finding{Kind: kind, Path: path, Message: fmt.Sprintf(format, args...)}
	if c.opt.Where != nil && path != "" {
		f.Where = c.opt.Where(path)
	}
	*to = append(*to, f)
}

func (c *checker) warn(kind, path, format string, args ...any) {
	c.add(&c.r.Warnings, kind, path, format, args...)
}

// countryIndex maps each country code to its index in the file: the
// loader sorts countries by code, and paths name the file's order.
func countryIndex(b []byte) map[string]int {
	m := map[string]int{}
	for i, code := range gjson.GetBytes(b, "countries.#.code").Array() {
		if _, dup := m[code.String()]; !dup {
			m[code.String()] = i
		}
	}
	return m
}

func (c *checker) countryPath(code string) string {
	return fmt.Sprintf("countries[%d]", c.fileIndex[code])
}

// unlinkedCells warns, per source with no url, about the coloured cells
// (a country's side at the steps it holds) that rest on such sources
// alone: the reader who wants to check the colour has nothing to follow.
// Every cell has a source (the loader requires one); a print-only source
// may be fine, which is why this is a warning.
func (c *checker) unlinkedCells() {
	byKey := map[string][]string{} // the sources' ids, joined -> cells
	var keys []string
	for _, ctry := range c.s.Countries {
		for _, q := range c.s.Questions {
			for k, e := range ctry.Stances[q.ID] {
				linked := false
				for _, id := range e.Sources {
					if src := c.s.Source(id); src != nil && src.URL != "" {
						linked = true
					}
				}
				if linked {
					continue
				}
				key := strings.Join(e.Sources, ", ")
				if byKey[key] == nil {
					keys = append(keys, key)
				}
				byKey[key] = append(byKey[key], fmt.Sprintf("%s.stances.%s[%d]", c.countryPath(ctry.Code), q.ID, k))
			}
		}
	}
	for _, key := range keys {
		cells := byKey[key]
		has, rest := "has", "1 coloured cell rests"
		if strings.Contains(key, ",") {
			has = "have"
		}
		if len(cells) > 1 {
			rest = fmt.Sprintf("%d coloured cells rest", len(cells))
		}
		c.warn(UnlinkedCells, cells[0], "%s %s no url, and %s on that alone: add one so readers can check the colour, unless the source is in print only (%s)",
			key, has, rest, strings.Join(cells, ", "))
	}
}

func (c *checker) uncitedSources() {
	cited := map[string]bool{}
	for _, e := range c.s.Events {
		for _, id := range e.Sources {
			cited[id] = true
		}
	}
	for _, ctry := range c.s.Countries {
		for _, entries := range ctry.Stances {
			for _, e := range entries {
				for _, id := range e.Sources {
					cited[id] = true
				}
			}
		}
	}
	for i, src := range c.s.Sources {
		if !cited[src.ID] {
			c.warn(UncitedSource, fmt.Sprintf("sources[%d]", i), "source %q (%s) is never cited: cite it from a step or a stance, or remove it", src.ID, src.Publisher)
		}
	}
}

// quietSteps warns about a step that asks the same question as the one
// before, changes no country's side, and has no note to say why it is a
// step: the reader moves the slider and sees nothing happen.
func (c *checker) quietSteps() {
	for i := 1; i < len(c.s.Events); i++ {
		e := c.s.Events[i]
		if e.QuestionChanged || len(c.s.Changes(i)) > 0 || len(e.Note) > 0 {
			continue
		}
		c.warn(QuietStep, fmt.Sprintf("events[%d]", i), "step %q (%s) changes no country's side from the step before and has no note saying why it is a step",
			e.ID, e.Date.Format("2006-01-02"))
	}
}

// lostEventIDs warns about each step id of the previous version that is no
// longer in the story: readers' links, host pages and the embed's
// messages name steps by id, so a link to it now opens the default step.
func (c *checker) lostEventIDs(prev *data.Story) {
	ids := map[string]bool{}
	for _, e := range c.s.Events {
		ids[e.ID] = true
	}
	for _, pe := range prev.Events {
		if ids[pe.ID] {
			continue
		}
		day := pe.Date.Format("2006-01-02")
		msg := fmt.Sprintf("step id %q (%s) of the previous version is gone: links naming it (embed.html?event=%s) now open the default step", pe.ID, day, pe.ID)
		path := ""
		for i, e := range c.s.Events {
			if e.Date.Equal(pe.Date) {
				msg += fmt.Sprintf("; if step %q of the same day is that step, give it back its id %q", e.ID, pe.ID)
				path = fmt.Sprintf("events[%d].id", i)
			}
		}
		c.warn(LostEventID, path, "%s", msg)
	}
}
