package bundle

import (
	"strconv"
	"strings"
)

// preference is the server's order of content codings, best first.
var preference = []string{"br", "gzip", "identity"}

// Negotiate picks the content coding for a response from the request's
// Accept-Encoding header: the first of br, gzip, identity that the client
// accepts (q > 0) and that has(coding) reports available. An empty header
// accepts only identity. When the client refuses everything on offer the
// answer is identity anyway: a readable body beats a 406.
func Negotiate(acceptEncoding string, has func(coding string) bool) string {
	accepted := parseAcceptEncoding(acceptEncoding)
	for _, c := range preference {
		if accepted(c) && has(c) {
			return c
		}
	}
	return "identity"
}

// parseAcceptEncoding returns a predicate telling whether a coding is
// acceptable under the header's rules (RFC 9110, section 12.5.3).
func parseAcceptEncoding(h string) func(coding string) bool {
	q := map[string]float64{}
	star, hasStar := 0.0, false
	for _, part := range strings.Split(h, ",") {
		name, params, _ := strings.Cut(part, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		weight := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if !ok || strings.ToLower(strings.TrimSpace(k)) != "q" {
				continue
			}
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || f < 0 || f > 1 {
				f = 0 // a malformed weight is not consent
			}
			weight = f
		}
		if name == "*" {
			star, hasStar = weight, true
			continue
		}
		if name == "x-gzip" {
			name = "gzip"
		}
		q[name] = weight
	}
	return func(coding string) bool {
		if w, ok := q[coding]; ok {
			return w > 0
		}
		if hasStar {
			return star > 0
		}
		// identity is acceptable unless refused by name or by "*".
		return coding == "identity"
	}
}
