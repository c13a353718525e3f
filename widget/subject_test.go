package widget

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/widget/legend"
	"github.com/stancemap/stancemap/widget/scene"
)

// storyWithSubject is the test story with its "subject" field replaced
// (an empty field means none at all).
func storyWithSubject(t *testing.T, subject string) *data.Story {
	t.Helper()
	_, world := fixture(t)
	b, err := os.ReadFile(filepath.Join("testdata", "story.json"))
	if err != nil {
		t.Fatal(err)
	}
	const old = `"subject": ["VEN"],`
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("fixture lacks %s", old)
	}
	b = bytes.Replace(b, []byte(old), []byte(subject), 1)
	s, err := data.Load(b, data.Options{KnownCode: world.Known})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSubjectFromStory checks the country drawn apart is the one the story
// names: another story (Kosovo's) labels Serbia and Kosovo, not Venezuela,
// and a story without a subject draws no country apart.
func TestSubjectFromStory(t *testing.T) {
	tests := []struct {
		name    string
		subject string
		want    []string
	}{
		{"venezuela", `"subject": ["VEN"],`, []string{"VEN"}},
		{"kosovo", `"subject": ["SRB", "XKX"],`, []string{"SRB", "XKX"}},
		{"none", ``, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := storyWithSubject(t, tt.subject)
			_, world := fixture(t)
			w := New(s, world, Options{Event: 2})
			w.Resize(1280, 720, 1)
			sc := w.Scene()
			writePNG(t, sc, "subject_"+tt.name+".png")
			m := sc.Layer(scene.LayerMap)
			var labels []*scene.Text
			for _, tx := range texts(m) {
				if strings.HasPrefix(tx.ID, "label:") {
					labels = append(labels, tx)
				}
			}
			if len(labels) != len(tt.want) {
				t.Fatalf("%d labels, want %v", len(labels), tt.want)
			}
			for i, code := range tt.want {
				lbl := findText(m, "label:"+code)
				if lbl == nil || lbl.S != world.Name(code, "en") {
					t.Errorf("label:%s = %+v", code, lbl)
					continue
				}
				for _, other := range labels[i+1:] {
					if textBox(lbl).Overlaps(textBox(other)) {
						t.Errorf("label %s overlaps %s", lbl.S, other.S)
					}
				}
				if !w.words.IsSubject(code) || legend.New(s, world, w.words).Match("nodata", code, 2) {
					t.Errorf("%s not drawn apart (counted as no data)", code)
				}
			}
			// Venezuela has no stance in the test story: outside a
			// Venezuelan story it is plain "no data".
			ven, _ := fillOf(m, "VEN")
			if vs := w.words.IsSubject("VEN"); vs != (tt.name == "venezuela") || (ven == w.th.Subject) != vs {
				t.Errorf("VEN subject %v, fill %v", vs, ven)
			}
			if !strings.Contains(w.words.CountryAnnouncement(w.Event(), "VEN"), "The country this map is about") != (tt.name != "venezuela") {
				t.Errorf("VEN announced as %q", w.words.CountryAnnouncement(w.Event(), "VEN"))
			}
		})
	}
}
