package bundle

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// posterScriptBudget is the most poster.js (the poster's steps, tooltips
// and data-saver button) may weigh as the bundle serves it, brotli.
const posterScriptBudget = 8 << 10

// TestPosterScriptBudget holds poster.js to its budget at the bundle's
// brotli quality.
func TestPosterScriptBudget(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "..", "..", WebDir, "poster.js"))
	if err != nil {
		t.Fatal(err)
	}
	br, err := Brotli(src, 11)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("poster.js: %d bytes, %d brotli", len(src), len(br))
	if len(br) > posterScriptBudget {
		t.Errorf("poster.js is %d bytes brotli, over its budget of %d", len(br), posterScriptBudget)
	}
}

// TestPosterScriptAfterPoster checks that embed.html asks for the poster
// before poster.js can hold anything back: poster.js is deferred (run
// after the page is parsed, never blocking the parser) and comes after
// the inline script that makes the poster's <img>, and the page's head
// names none of its data files.
func TestPosterScriptAfterPoster(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "..", "..", WebDir, "embed.html"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	tag := regexp.MustCompile(`<script[^>]*src="poster\.js"[^>]*>`).FindStringIndex(s)
	if tag == nil {
		t.Fatal("embed.html does not load poster.js")
	}
	el := s[tag[0]:tag[1]]
	if !strings.Contains(el, " defer") && !strings.Contains(el, " async") {
		t.Errorf("%s blocks the parser: want defer", el)
	}
	img := strings.Index(s, "document.createElement('img')")
	if img < 0 || img > tag[0] {
		t.Errorf("poster.js (at %d) comes before the script that makes the poster's <img> (at %d)", tag[0], img)
	}
	if head := s[:strings.Index(s, "</head>")]; strings.Contains(head, "poster.js") || strings.Contains(head, "tips.") || strings.Contains(head, "ids.") {
		t.Error("the page's head names poster.js or its data files")
	}
}
