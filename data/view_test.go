package data

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"testing"
)

func TestView(t *testing.T) {
	cases := []struct {
		name, view, want, problem string
	}{
		{"none", "", "", ""},
		{"americas", `"americas"`, "americas", ""},
		{"unknown", `"asia"`, "", `view: "asia" is not a region; want one of world, americas, south-america-caribbean, europe`},
		{"a number", `3`, "", "view: must be a string, not a number"},
	}
	for _, c := range cases {
		in := readFixture(t, "example.json")
		if c.view != "" {
			in = mutate(t, `"subject": ["VEN"]`, `"subject": ["VEN"], "view": `+c.view)
		}
		s, err := Load(in, Options{})
		if c.problem == "" {
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if s.View != c.want {
				t.Errorf("%s: view %q, want %q", c.name, s.View, c.want)
			}
			continue
		}
		var ps Problems
		if !errors.As(err, &ps) || len(ps) != 1 || ps[0].String() != c.problem {
			t.Errorf("%s: %v, want %s", c.name, err, c.problem)
		}
	}
}

// TestSchemaViewsAreTheRegions holds the schema's list of views to the
// region presets the loader accepts.
func TestSchemaViewsAreTheRegions(t *testing.T) {
	b, err := os.ReadFile("story.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Properties struct {
			View struct {
				Enum []string `json:"enum"`
			} `json:"view"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Properties.View.Enum; !slices.Equal(got, ViewIDs()) {
		t.Errorf("schema's views %v, the regions %v", got, ViewIDs())
	}
}
