package embedcfg

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/widget/theme"
)

func TestParsePage(t *testing.T) {
	tests := []struct {
		query string
		want  Page
		warns []string // substrings, one per expected warning, in order
	}{
		{"", Page{ID: "stancemap"}, nil},
		{"id=venezuela-map", Page{ID: "venezuela-map"}, nil},
		{"?id=a&childId=map-container&initialWidth=700", Page{ID: "map-container", InitialWidth: 700}, nil},
		{"childId=b&id=a", Page{ID: "b"}, nil}, // childId wins wherever it is
		{"id=a.b:c_d-e", Page{ID: "a.b:c_d-e"}, nil},
		{"id=%20spaced%20", Page{ID: "spaced"}, nil},
		{"id=one&id=two", Page{ID: "two"}, nil},
		{"id=" + strings.Repeat("x", 64), Page{ID: strings.Repeat("x", 64)}, nil},
		{"id=" + strings.Repeat("x", 65), Page{ID: "stancemap"}, []string{"ignoring id="}},
		{"id=<script>&childId=", Page{ID: "stancemap"}, []string{"ignoring id=", "ignoring childId="}},
		{"id=ok&childId=no%20way", Page{ID: "ok"}, []string{"ignoring childId="}},
		{"initialWidth=100", Page{ID: "stancemap", InitialWidth: 100}, nil},
		{"initialWidth=10000", Page{ID: "stancemap", InitialWidth: 10000}, nil},
		{"initialWidth=99", Page{ID: "stancemap"}, []string{"initialWidth"}},
		{"initialWidth=10001", Page{ID: "stancemap"}, []string{"initialWidth"}},
		{"initialWidth=700.5", Page{ID: "stancemap"}, []string{"initialWidth"}},
		{"initialWidth=%2B700", Page{ID: "stancemap"}, []string{"initialWidth"}},
		{"initialWidth=-700", Page{ID: "stancemap"}, []string{"initialWidth"}},
		{"initialWidth=", Page{ID: "stancemap"}, []string{"initialWidth"}},
	}
	for _, tt := range tests {
		got, warns := ParsePage(tt.query)
		if got != tt.want {
			t.Errorf("ParsePage(%q) = %+v, want %+v", tt.query, got, tt.want)
		}
		checkWarnings(t, "ParsePage", tt.query, warns, tt.warns)
	}
}

// TestHeightMessages pins the dialects hosts listen for: a change here is
// a change every host page would see.
func TestHeightMessages(t *testing.T) {
	got, _ := json.Marshal(HeightMessages("venezuela-map", 812))
	want := `[{"datawrapper-height":{"venezuela-map":812}},"pymxPYMxvenezuela-mapxPYMxheightxPYMx812",{"height":812,"sentinel":"amp","type":"embed-size"}]`
	if string(got) != want {
		t.Errorf("HeightMessages = %s\nwant %s", got, want)
	}
	// None of them is taken for a request to the embed.
	for _, m := range HeightMessages("a", 10) {
		b, _ := json.Marshal(m)
		if _, ok, err := ParseMessage(string(b)); ok || err != nil {
			t.Errorf("ParseMessage(%s) = %v, %v: a height message read as a request", b, ok, err)
		}
	}
}

// TestRules checks that the table the page's scripts get says what the Go
// code does: read back from JSON, as the page reads it, its templates make
// the same messages, its id pattern accepts the ids ParsePage does, and
// its themes are theme.ParseMode's.
func TestRules(t *testing.T) {
	b, err := json.Marshal(PageRules())
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Static    map[string]bool
		Themes    []string
		IDPattern string
		Heights   []any
		PymWidth  string
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"stancemap", "a", "x.y:z_w-v"} {
		for _, h := range []int{0, 628, 99999} {
			var page []any
			for _, d := range r.Heights {
				page = append(page, fill(d, id, h))
			}
			gotJSON, _ := json.Marshal(page)
			wantJSON, _ := json.Marshal(HeightMessages(id, h))
			if string(gotJSON) != string(wantJSON) {
				t.Errorf("the table's messages for %q, %d: %s, want %s", id, h, gotJSON, wantJSON)
			}
		}
	}
	if r.PymWidth != "pymxPYMx{id}xPYMxwidthxPYMx" {
		t.Errorf("pym.js's width message: %q", r.PymWidth)
	}
	// The pattern is read by JavaScript's RegExp; Go's agrees with it on a
	// character class of ASCII.
	re := regexp.MustCompile(r.IDPattern)
	for _, id := range []string{"", "a", "A-9_.:", "a b", "a/b", "é", "<x>", strings.Repeat("a", 64), strings.Repeat("a", 65), "a\n"} {
		if re.MatchString(id) != token(id, maxID) {
			t.Errorf("id %q: the table's pattern says %v, ParsePage's check %v", id, re.MatchString(id), token(id, maxID))
		}
	}
	for _, v := range []string{"", "light", "dark", "auto", "sepia", "LIGHT"} {
		_, err := theme.ParseMode(v)
		listed := v == ""
		for _, m := range r.Themes {
			listed = listed || m == strings.ToLower(v)
		}
		if listed != (err == nil) {
			t.Errorf("theme=%s: the table says %v, theme.ParseMode %v", v, listed, err)
		}
	}
	for w, want := range r.Static {
		if c, warns := Parse("static=" + w); c.Static != want || len(warns) > 0 {
			t.Errorf("static=%s: the table says %v, Parse %v %q", w, want, c.Static, warns)
		}
	}
	if !reflect.DeepEqual(PageRules().Static, staticWords) {
		t.Error("PageRules' static words are not Parse's")
	}
}
