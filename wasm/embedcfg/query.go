package embedcfg

import (
	"errors"
	"strconv"
	"strings"
)

// values are a URL query's parameters by name, in the order given.
type values map[string][]string

// maxParams is how many parameters net/url reads at most by default.
const maxParams = 10000

// parseQuery reads a query string as net/url's ParseQuery does with its
// default settings (FuzzParseQuery holds it to it): parameters split at
// "&", "+" read as a space and %XX escapes decoded; a parameter holding a
// ";" or a bad escape is left out, and the error says why (for a ";", the
// last such; for an escape, the first). It is ours so that the wasm
// leaves out net/url, which brings net/netip and package unique, and
// their initialisation, to every first visit for this one function.
func parseQuery(query string) (values, error) {
	m := values{}
	if strings.Count(query, "&")+1 > maxParams {
		return m, errors.New("number of URL query parameters exceeded limit")
	}
	var err error
	for query != "" {
		var pair string
		pair, query, _ = strings.Cut(query, "&")
		if strings.Contains(pair, ";") {
			err = errors.New("invalid semicolon separator in query")
			continue
		}
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		k, err1 := unescapeQuery(k)
		if err1 == nil {
			v, err1 = unescapeQuery(v)
		}
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		m[k] = append(m[k], v)
	}
	return m, err
}

// unescapeQuery decodes one query component: "+" is a space, %XX a byte.
func unescapeQuery(s string) (string, error) {
	escapes, plus := 0, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				bad := s[i:]
				if len(bad) > 3 {
					bad = bad[:3]
				}
				return "", errors.New("invalid URL escape " + strconv.Quote(bad))
			}
			escapes++
			i += 2
		case '+':
			plus = true
		}
	}
	if escapes == 0 && !plus {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s) - 2*escapes)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '%':
			b.WriteByte(unHex(s[i+1])<<4 | unHex(s[i+2]))
			i += 2
		case '+':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unHex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
