package publish

import (
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stancemap/stancemap/cmd/serve/internal/bundle"
)

func TestLoadStory(t *testing.T) {
	st, err := LoadStory("")
	if err != nil || st.custom || len(st.story.Events) == 0 {
		t.Fatalf("built-in story: %v (custom %v)", err, st != nil && st.custom)
	}
	example := filepath.Join("..", "..", "..", "..", "data", "testdata", "example.json")
	st, err = LoadStory(example)
	if err != nil || !st.custom || st.story.ID != "example" {
		t.Fatalf("example story: %v", err)
	}

	// A story the wasm would reject stops the build, naming the file and
	// the problem's JSON path; so does a file that can't be read.
	bad := filepath.Join(t.TempDir(), "bad.json")
	b, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(strings.Replace(string(b), `"2019-02-04"`, `"2019-02-31"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadStory(bad); err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "events[1].date") {
		t.Errorf("bad story: %v", err)
	}
	if _, err := LoadStory(filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.Contains(err.Error(), "-story") {
		t.Errorf("missing story: %v", err)
	}
}

// TestHostileStoryKeepsScripts builds a bundle for a story whose text tries
// to end the pages' scripts and comments ("</script>", "<!--", quotes, the
// line separators U+2028 and U+2029 that once ended a JavaScript string):
// the pages keep exactly their own <script> elements, each covered by the
// policy, and the story's text comes back unchanged from the manifest.
func TestHostileStoryKeepsScripts(t *testing.T) {
	hostile := "</script><!--<script>x()</script>'\"\u2028\u2029</SCRIPT >"
	example, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "data", "testdata", "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	story := string(example)
	for _, field := range []string{`"Who recognised Guaidó? (example)"`, `"Guaidó claims the presidency"`, `"Backed Guaidó"`, `"Whom did the government recognise as president?"`} {
		quoted, _ := json.Marshal(hostile + strings.Trim(field, `"`))
		if !strings.Contains(story, field) {
			t.Fatalf("example.json lacks %s", field)
		}
		story = strings.Replace(story, field, string(quoted), 1)
	}
	path := filepath.Join(t.TempDir(), "hostile.json")
	if err := os.WriteFile(path, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := LoadStory(path)
	if err != nil {
		t.Fatal(err)
	}
	src := bundle.Sources{Root: filepath.Join("..", "..", "..", ".."), Wasm: []byte("\x00asm"), WasmExec: []byte("// wasm_exec")}
	if err := addPosters(&src, png.BestSpeed, "", st); err != nil {
		t.Fatal(err)
	}
	b, err := bundle.Assemble(src, 1)
	if err != nil {
		t.Fatal(err)
	}
	for page, want := range map[string][]string{
		// The bundle's two, the manifest, the poster's script, the text
		// alternatives and their script; wasm_exec.js, the loader's and
		// the poster's steps and tooltips.
		"embed.html": {"<script>", "<script>", "<script>", "<script>", "<script>", `<script src="wasm_exec.js" defer>`,
			`<script src="loader-page.js" defer>`, `<script src="poster.js" defer>`, `<script src="loader-host.js" defer>`, `<script src="loader-ebiten.js" defer>`,
			`<script src="loader-tools.js" defer>`, `<script src="loader.js" defer>`},
		"index.html": {`<script src="stancemap-embed.js" async>`, "<script>"},
	} {
		html := string(b.File(page).Data)
		tags, bodies := scriptElements(html)
		if !slices.Equal(tags, want) {
			t.Errorf("%s has the scripts %q, want %q", page, tags, want)
		}
		for _, tag := range tags {
			if src, ok := strings.CutPrefix(tag, `<script src="`); ok {
				if name, _, _ := strings.Cut(src, `"`); b.File(name) == nil {
					t.Errorf("%s loads %s, which the bundle does not have", page, name)
				}
			}
		}
		for _, body := range bodies {
			if strings.Contains(body, "<!--") || strings.ContainsAny(body, "\u2028\u2029") {
				t.Errorf("%s: a script holds a raw <!-- or line separator: %.200s", page, body)
			}
		}
		inline := 0
		for _, tag := range want {
			if tag == "<script>" {
				inline++
			}
		}
		if got := strings.Count(html, "'sha256-"); got != inline+1 { // and the <style>
			t.Errorf("%s: the policy lists %d hashes for %d inline scripts and a style", page, got, inline)
		}
	}
	embed := string(b.File("embed.html").Data)
	_, rest, _ := strings.Cut(embed, "<script>window.STANCEMAP_POSTERS=")
	manifest, _, _ := strings.Cut(rest, ";</script>")
	var m struct{ Title map[string]string }
	if err := json.Unmarshal([]byte(manifest), &m); err != nil || m.Title["en"] != hostile+"Who recognised Guaidó? (example)" {
		t.Errorf("the manifest's title: %q, %v", m.Title["en"], err)
	}
	if !strings.Contains(embed, "<title>&lt;/script&gt;&lt;!--&lt;script&gt;") {
		t.Errorf("the page's title is not escaped: %.300s", embed[strings.Index(embed, "<title>"):])
	}
}

// scriptElements splits html into its <script> elements as a browser's
// tokenizer does (a script's text ends at the first "</script", in any
// case), returning each start tag and each text.
func scriptElements(html string) (tags, bodies []string) {
	lower := strings.ToLower(html)
	for at := 0; ; {
		i := strings.Index(lower[at:], "<script")
		if i < 0 {
			return tags, bodies
		}
		start := at + i
		end := strings.IndexByte(html[start:], '>')
		close := strings.Index(lower[start:], "</script")
		if end < 0 || close < 0 {
			return append(tags, html[start:]), bodies
		}
		tags = append(tags, html[start:start+end+1])
		bodies = append(bodies, html[start+end+1:start+close])
		at = start + close + len("</script")
	}
}
