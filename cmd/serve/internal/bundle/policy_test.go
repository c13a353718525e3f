package bundle

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"
)

func TestParseOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org":           "https://example.org",
		"https://Example.ORG/":          "https://example.org",
		"https://example.org:443":       "https://example.org",
		"http://localhost:8080":         "http://localhost:8080",
		"http://127.0.0.1:80":           "http://127.0.0.1",
		"https://xn--bcher-kva.example": "https://xn--bcher-kva.example",
		"http://[::1]:9000":             "http://[::1]:9000",
	} {
		if got, err := ParseOrigin(in); err != nil || got != want {
			t.Errorf("ParseOrigin(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{
		"", "example.org", "ftp://example.org", "https://example.org/stories", "https://user@example.org",
		"https://example.org?x", "https://bücher.example", "https://example.org; script-src *", "https://*.example.org",
		"https://exa mple.org", "javascript:alert(1)", "https://", "https://example.org:99999x",
	} {
		if got, err := ParseOrigin(in); err == nil {
			t.Errorf("ParseOrigin(%q) = %q; want an error", in, got)
		}
	}
}

func TestDataScript(t *testing.T) {
	got, err := dataScript([]string{"https://a.example", "http://127.0.0.1:8080"})
	if want := `window.STANCEMAP_DATA={"origins":["https://a.example","http://127.0.0.1:8080"],"maxBytes":8388608};`; err != nil || got != want {
		t.Errorf("dataScript = %s, %v; want %s", got, err, want)
	}
	for _, bad := range []string{"https://a.example/", "https://a.example; script-src *", "HTTPS://A.EXAMPLE"} {
		if _, err := dataScript([]string{bad}); err == nil {
			t.Errorf("dataScript took %q", bad)
		}
	}
}

func TestContentSecurityPolicy(t *testing.T) {
	sha := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	page := "<!doctype html><meta charset=utf-8><style>body{margin:0}</style>" +
		"<script>var a = '<b>';</script>\n<SCRIPT type=module>b()</SCRIPT >" +
		`<script src="loader.js" defer></script><p title="x">hi</p>`
	meta, err := contentSecurityPolicy([]byte(page), []string{"https://data.example"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; `,
		"script-src 'self' 'wasm-unsafe-eval' " + sha("var a = '<b>';") + " " + sha("b()") + ";",
		"style-src 'self' " + sha("body{margin:0}") + ";",
		"connect-src 'self' https://data.example;",
		"object-src 'none'", "base-uri 'none'",
	} {
		if !strings.Contains(meta, want) {
			t.Errorf("policy %s\nlacks %s", meta, want)
		}
	}
	if strings.Contains(meta, "unsafe-inline") || strings.Count(meta, "sha256-") != 3 {
		t.Errorf("policy %s: want exactly the three inline elements by hash", meta)
	}
	for _, bad := range []string{
		`<iframe src=embed.html style="height:620px"></iframe>`,
		`<button onclick="go()">go</button>`,
		"<img src=x.png\nONERROR=alert(1)>",
	} {
		if _, err := contentSecurityPolicy([]byte(page+bad), nil); err == nil || !strings.Contains(err.Error(), "would block") {
			t.Errorf("a page with %s: err = %v", bad, err)
		}
	}
	// An attribute-like text inside a script or a style is not an attribute.
	if _, err := contentSecurityPolicy([]byte(`<script>s = '<iframe style="x">';</script>`), nil); err != nil {
		t.Error(err)
	}
}

func TestAddPolicy(t *testing.T) {
	for page, wantErr := range map[string]string{
		"<!--stancemap:csp--><script>a()</script>":                     "",
		"<script>a()</script><!--stancemap:csp-->":                     "a script before",
		"<p>no marker</p>":                                             "no <!--stancemap:csp--> marker",
		"<!--stancemap:csp--><!--stancemap:csp--><script>a()</script>": "more than one",
	} {
		out, err := addPolicy("x.html", []byte(page), nil)
		switch {
		case wantErr == "" && (err != nil || !strings.HasPrefix(string(out), "<meta http-equiv=")):
			t.Errorf("%s: %q, %v", page, out, err)
		case wantErr != "" && (err == nil || !strings.Contains(err.Error(), wantErr)):
			t.Errorf("%s: err = %v, want %q", page, err, wantErr)
		}
	}
}
