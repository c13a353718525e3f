package bundle

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/wasm/embedcfg"
)

// ParseOrigin checks an origin given to serve -allow-data and returns it
// as browsers write it: "https://example.org" or "http://host:8080", the
// scheme and host in lower case, without a default port, a path or a
// trailing slash. A host outside ASCII must be given in its xn-- form.
func ParseOrigin(s string) (string, error) {
	u, err := url.Parse(strings.TrimSuffix(strings.TrimSpace(s), "/"))
	switch {
	case err != nil:
		return "", fmt.Errorf("origin %q: %w", s, err)
	case u.Scheme != "https" && u.Scheme != "http":
		return "", fmt.Errorf("origin %q: want https://host or http://host[:port]", s)
	case u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "":
		return "", fmt.Errorf("origin %q: an origin is a scheme and a host, without a path, query or user", s)
	case !originHost.MatchString(u.Host):
		return "", fmt.Errorf("origin %q: the host must be a name (in its xn-- form outside ASCII) or an address, with an optional port", s)
	}
	host := strings.ToLower(u.Host)
	if p := u.Port(); (u.Scheme == "https" && p == "443") || (u.Scheme == "http" && p == "80") {
		host = strings.TrimSuffix(host, ":"+p)
	}
	return u.Scheme + "://" + host, nil
}

// originHost is a host name, an IPv4 address or a bracketed IPv6 address,
// and an optional port: nothing that could end a CSP source expression.
var originHost = regexp.MustCompile(`^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$`)

// dataScript is the embed page's data= policy, run before the wasm: the
// origins besides its own whose stories it may fetch, and the most bytes a
// story may have (the loader's limit, checked as the body streams in).
// Each origin must be as ParseOrigin writes it: it goes into the policy.
func dataScript(origins []string) (string, error) {
	for _, o := range origins {
		if clean, err := ParseOrigin(o); err != nil || clean != o {
			return "", fmt.Errorf("bundle: allowed data origin %q is not an origin as ParseOrigin writes it", o)
		}
	}
	b, err := json.Marshal(struct {
		Origins  []string `json:"origins"`
		MaxBytes int      `json:"maxBytes"`
	}{append([]string{}, origins...), data.MaxSize})
	if err != nil {
		return "", fmt.Errorf("bundle: %w", err)
	}
	return "window.STANCEMAP_DATA=" + strings.ReplaceAll(string(b), "<", `\u003c`) + ";", nil
}

// rulesScript sets window.STANCEMAP_EMBED to embedcfg's rules for the
// page's scripts: the Go package that reads the URL in the wasm is the
// one source of how the page reads it before the wasm runs.
func rulesScript() (string, error) {
	b, err := json.Marshal(embedcfg.PageRules())
	if err != nil {
		return "", fmt.Errorf("bundle: %w", err)
	}
	return "window.STANCEMAP_EMBED=" + string(b) + ";", nil // json escapes "<"
}

var (
	inlineScript = regexp.MustCompile(`(?is)<script([^>]*)>(.*?)</script\s*>`)
	inlineStyle  = regexp.MustCompile(`(?is)<style[^>]*>(.*?)</style\s*>`)
	// inlineAttr finds attributes a policy without 'unsafe-inline' blocks:
	// event handlers and style="…", in a tag.
	inlineAttr = regexp.MustCompile(`(?is)<[a-z][^>]*\s(on[a-z]+|style)\s*=`)
	srcAttr    = regexp.MustCompile(`(?i)\ssrc\s*=`)
)

// contentSecurityPolicy returns the Content-Security-Policy for page, as a
// <meta> element (so that a static host serves it too): scripts from the
// bundle and the page's own inline scripts by hash, WebAssembly compiled
// from the bundle's wasm ('wasm-unsafe-eval'), styles from the bundle and
// the page's <style> elements by hash, images from the bundle (and data:
// and blob: URLs, for the icon and the PNG download), and fetches from the
// bundle and the origins data= may load stories from. Nothing else: no
// plugins, no <base>, no forms. The page must hold no inline event handler
// or style attribute, which the policy would block: that is an error.
func contentSecurityPolicy(page []byte, connect []string) (string, error) {
	hash := func(b []byte) string {
		sum := sha256.Sum256(b)
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	scripts := []string{"'self'", "'wasm-unsafe-eval'"}
	for _, m := range inlineScript.FindAllSubmatch(page, -1) {
		if !srcAttr.Match(m[1]) {
			scripts = append(scripts, hash(m[2]))
		}
	}
	styles := []string{"'self'"}
	for _, m := range inlineStyle.FindAllSubmatch(page, -1) {
		styles = append(styles, hash(m[1]))
	}
	rest := inlineStyle.ReplaceAll(inlineScript.ReplaceAll(page, nil), nil)
	if m := inlineAttr.FindSubmatch(rest); m != nil {
		return "", fmt.Errorf("bundle: the page has an inline %s attribute, which its Content-Security-Policy would block: move it to a script or the stylesheet", m[1])
	}
	policy := strings.Join([]string{
		"default-src 'self'",
		"script-src " + strings.Join(scripts, " "),
		"style-src " + strings.Join(styles, " "),
		"img-src 'self' data: blob:",
		"connect-src " + strings.Join(append([]string{"'self'"}, connect...), " "),
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
	}, "; ")
	return `<meta http-equiv="Content-Security-Policy" content="` + policy + `">`, nil
}
