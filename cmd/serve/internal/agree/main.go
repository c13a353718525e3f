// Command agree prints what the Go side of the embed's contracts makes of
// the inputs it reads, so that e2e/contract.test.mjs can give the embed
// page's scripts the same inputs and check they agree: for each URL query,
// what embedcfg reads from it (resolved against the built-in story, as the
// wasm does); for each (id, height), the height messages; for each poster
// variant, its file name.
//
// It reads one JSON object on stdin and writes one on stdout:
//
//	{"queries": ["event=…&lang=…", …],
//	 "heights": [{"id": "…", "height": 628}, …],
//	 "names": [{"dir": "…", "event": "…", "lang": "…", "theme": "…", "width": 700, "scale": 2}, …]}
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/stancemap/stancemap/cmd/serve/internal/poster"
	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/wasm/embedcfg"
	"github.com/stancemap/stancemap/widget/theme"
)

type input struct {
	Queries []string `json:"queries"`
	Heights []struct {
		ID     string `json:"id"`
		Height int    `json:"height"`
	} `json:"heights"`
	Names []struct {
		Dir, Event, Lang, Theme string
		Width, Scale            int
	} `json:"names"`
}

// reading is what the page and the wasm take from one URL.
type reading struct {
	Event        int    `json:"event"` // the step's index
	Lang         string `json:"lang"`
	Theme        string `json:"theme"` // light, dark or auto
	Static       bool   `json:"static"`
	Lite         bool   `json:"lite"`
	Data         string `json:"data"` // the story asked for, as given
	ID           string `json:"id"`
	InitialWidth int    `json:"initialWidth"` // 0: none usable
}

type output struct {
	Queries []reading `json:"queries"`
	Heights [][]any   `json:"heights"`
	Names   []string  `json:"names"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "agree:", err)
		os.Exit(1)
	}
}

func run() error {
	var in input
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		return fmt.Errorf("reading stdin: %w", err)
	}
	world, err := geo.Load()
	if err != nil {
		return err
	}
	story, err := data.Load(data.DefaultJSON(), data.Options{KnownCode: world.Known})
	if err != nil {
		return err
	}
	out := output{Queries: []reading{}, Heights: [][]any{}, Names: []string{}}
	for _, q := range in.Queries {
		c, _ := embedcfg.Parse(q)
		st, _ := c.Resolve(story, nil)
		p, _ := embedcfg.ParsePage(q)
		mode := c.Theme
		if mode == "" {
			mode = theme.ModeAuto
		}
		out.Queries = append(out.Queries, reading{Event: st.Event, Lang: st.Lang, Theme: string(mode), Static: c.Static, Lite: c.Lite, Data: c.Data, ID: p.ID, InitialWidth: p.InitialWidth})
	}
	for _, h := range in.Heights {
		out.Heights = append(out.Heights, embedcfg.HeightMessages(h.ID, h.Height))
	}
	for _, n := range in.Names {
		out.Names = append(out.Names, poster.Name(n.Dir, n.Event, n.Lang, n.Theme, n.Width, n.Scale))
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}
