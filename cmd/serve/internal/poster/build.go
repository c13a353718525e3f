package poster

import (
	"encoding/json"
	"fmt"
	"html"
	"runtime"
	"strings"
	"sync"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget"
)

// The height table covers frame widths from tableFrom to tableTo px in
// steps of tableStep; the page interpolates between entries.
const (
	tableFrom = 240
	tableTo   = 1600
	tableStep = 40
)

// File is one generated poster.
type File struct {
	Name string
	Data []byte
}

// Set is everything Build makes: the posters and the manifest.
type Set struct {
	Files    []File
	Manifest Manifest
}

// Manifest is what the embed page needs to show the right poster at the
// right height before the wasm runs. It is inlined into embed.html.
type Manifest struct {
	Events  []EventRef          `json:"events"`
	Default int                 `json:"default"` // the step shown without event=
	Lang    string              `json:"lang"`    // the story's language
	Langs   []string            `json:"langs"`
	Widths  []int               `json:"widths"` // poster reference widths
	Themes  []string            `json:"themes"`
	From    int                 `json:"from"`    // height table: first width,
	Step    int                 `json:"step"`    // its step,
	Heights map[string][]int    `json:"heights"` // and heights by language
	Alt     map[string][]string `json:"alt"`     // text alternative by language and step
}

// EventRef names a step the way the URL may: by id or by date.
type EventRef struct {
	ID   string `json:"id"`
	Date string `json:"date"`
}

// Build renders every poster of story (each event × language × theme ×
// reference width) and the manifest, using all CPUs.
func Build(story *data.Story, world *geo.World) (*Set, error) {
	if story == nil || world == nil || len(story.Events) == 0 {
		return nil, fmt.Errorf("poster: no story or world")
	}
	m := Manifest{
		Default: len(story.Events) - 1, Lang: story.Lang, Langs: story.Langs,
		Widths: Widths, Themes: Themes, From: tableFrom, Step: tableStep,
		Heights: map[string][]int{}, Alt: map[string][]string{},
	}
	for _, e := range story.Events {
		m.Events = append(m.Events, EventRef{ID: e.ID, Date: e.Date.Format("2006-01-02")})
	}
	type job struct {
		lang  string
		width int
	}
	var jobs []job
	for _, lang := range story.Langs {
		m.Heights[lang] = make([]int, (tableTo-tableFrom)/tableStep+1)
		for w := tableFrom; w <= tableTo; w += tableStep {
			jobs = append(jobs, job{lang, w})
		}
		alt := make([]string, len(story.Events))
		for i := range story.Events {
			alt[i] = widget.New(story, world, widget.Options{Lang: lang, Event: i}).TextAlternative()
		}
		m.Alt[lang] = alt
	}
	var mu sync.Mutex
	heights := map[job]float64{}
	parallel(len(jobs), func(i int) error {
		j := jobs[i]
		h := widget.PreferredHeight(story, world, float64(j.width), j.lang)
		mu.Lock()
		heights[j] = h
		mu.Unlock()
		return nil
	})
	for j, h := range heights {
		m.Heights[j.lang][(j.width-tableFrom)/tableStep] = int(h)
	}
	var variants []Variant
	for i := range story.Events {
		for _, lang := range story.Langs {
			for _, th := range Themes {
				for _, w := range Widths {
					variants = append(variants, Variant{Event: i, Lang: lang, Theme: th, Width: w})
				}
			}
		}
	}
	files := make([]File, len(variants))
	err := parallel(len(variants), func(i int) error {
		v := variants[i]
		h := widget.PreferredHeight(story, world, float64(v.Width), v.Lang)
		b, err := Render(story, world, v, h, false)
		if err != nil {
			return err
		}
		files[i] = File{Name: Name(story.Events[v.Event].ID, v.Lang, v.Theme, v.Width), Data: b}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &Set{Files: files, Manifest: m}, nil
}

// parallel runs f(0…n-1) on GOMAXPROCS goroutines and returns the first error.
func parallel(n int, f func(i int) error) error {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  int
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				stop := first != nil
				mu.Unlock()
				if i >= n || stop {
					return
				}
				if err := f(i); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	return first
}

// Script is the manifest as a <script> element setting
// window.STANCEMAP_POSTERS, for the head of embed.html. "<" is escaped so
// story text can't close the element.
func (m Manifest) Script() (string, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("poster manifest: %w", err)
	}
	s := strings.ReplaceAll(string(b), "<", `\u003c`)
	return "<script>window.STANCEMAP_POSTERS=" + s + ";</script>", nil
}

// Noscript is the poster for readers without JavaScript: the default step
// in the story's language, light theme, at an article column's width.
func (m Manifest) Noscript() string {
	ev := m.Events[m.Default]
	src := Name(ev.ID, m.Lang, "light", 700) // an article column
	return `<noscript><img class="poster-img" src="` + html.EscapeString(src) + `" alt="` +
		html.EscapeString(m.Alt[m.Lang][m.Default]) + `"></noscript>`
}
