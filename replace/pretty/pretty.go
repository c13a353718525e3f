// Package pretty is stancemap's own implementation of the API of
// github.com/tidwall/pretty, which the repository's go.mod replaces with it.
//
// gjson imports that package for its @pretty and @ugly path modifiers and
// fills its modifier table in an init function, so the package is linked
// into every program that uses gjson, whether it uses modifiers or not.
// The original sorts keys through encoding/json, which made the wasm widget
// 444 KB larger (60 KB after brotli) for a feature stancemap never calls.
// This one parses the JSON itself. Its tests are in the main module
// (data/pretty_test.go), which runs them through gjson.
//
// The output is the same JSON value, re-indented: objects one member per
// line; an array whose compact form fits in Width on its line stays on one
// line, a longer one has one element per line. Input whose brackets,
// strings, colons or commas do not parse is returned unchanged; numbers and
// literals are copied as they are.
package pretty

import (
	"sort"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Options are the formatting options of PrettyOptions.
type Options struct {
	// Width is the widest line an array is kept on (default 80).
	Width int
	// Prefix starts every line (default "").
	Prefix string
	// Indent is one level of nesting (default two spaces).
	Indent string
	// SortKeys sorts each object's members by key (default false).
	SortKeys bool
}

// DefaultOptions are the options Pretty uses.
var DefaultOptions = &Options{Width: 80, Prefix: "", Indent: "  ", SortKeys: false}

// Pretty formats json with DefaultOptions.
func Pretty(json []byte) []byte { return PrettyOptions(json, nil) }

// PrettyOptions formats json with opts (DefaultOptions when nil). The
// result ends with a newline.
func PrettyOptions(json []byte, opts *Options) []byte {
	if opts == nil {
		opts = DefaultOptions
	}
	p := parser{s: json}
	v, ok := p.value()
	if ok {
		p.space()
		ok = p.i == len(p.s)
	}
	if !ok {
		return append([]byte(nil), json...)
	}
	w := writer{opts: opts}
	w.out = append(w.out, opts.Prefix...)
	w.value(v, 0)
	return append(w.out, '\n')
}

// Ugly removes every space, tab and line break outside strings.
func Ugly(json []byte) []byte {
	out := make([]byte, 0, len(json))
	in := false // inside a string
	for i := 0; i < len(json); i++ {
		c := json[i]
		switch {
		case in:
			out = append(out, c)
			if c == '\\' && i+1 < len(json) {
				i++
				out = append(out, json[i])
			} else if c == '"' {
				in = false
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			in = c == '"'
			out = append(out, c)
		}
	}
	return out
}

// node is a parsed JSON value: raw is a scalar's text (a string with its
// quotes); an object has keys (raw, quoted) and kids, an array kids.
type node struct {
	kind byte // '{', '[' or 0 for a scalar
	raw  []byte
	keys [][]byte
	kids []*node
}

type parser struct {
	s []byte
	i int
}

func (p *parser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) value() (*node, bool) {
	p.space()
	if p.i >= len(p.s) {
		return nil, false
	}
	switch c := p.s[p.i]; c {
	case '{', '[':
		p.i++
		n := &node{kind: c}
		closing := byte('}')
		if c == '[' {
			closing = ']'
		}
		p.space()
		if p.i < len(p.s) && p.s[p.i] == closing {
			p.i++
			return n, true
		}
		for {
			if c == '{' {
				p.space()
				k, ok := p.str()
				if !ok {
					return nil, false
				}
				p.space()
				if p.i >= len(p.s) || p.s[p.i] != ':' {
					return nil, false
				}
				p.i++
				n.keys = append(n.keys, k)
			}
			v, ok := p.value()
			if !ok {
				return nil, false
			}
			n.kids = append(n.kids, v)
			p.space()
			if p.i >= len(p.s) {
				return nil, false
			}
			switch p.s[p.i] {
			case ',':
				p.i++
			case closing:
				p.i++
				return n, true
			default:
				return nil, false
			}
		}
	case '"':
		s, ok := p.str()
		return &node{raw: s}, ok
	default:
		// A number or a literal: up to the next delimiter.
		start := p.i
		for p.i < len(p.s) && !delimiter(p.s[p.i]) {
			p.i++
		}
		if p.i == start {
			return nil, false
		}
		return &node{raw: p.s[start:p.i]}, true
	}
}

// delimiter reports whether c ends a number or a literal.
func delimiter(c byte) bool {
	switch c {
	case ',', ']', '}', ':', ' ', '\t', '\n', '\r', '"', '{', '[':
		return true
	}
	return false
}

// str reads a string at p.i, quotes included.
func (p *parser) str() ([]byte, bool) {
	if p.i >= len(p.s) || p.s[p.i] != '"' {
		return nil, false
	}
	start := p.i
	for p.i++; p.i < len(p.s); p.i++ {
		switch p.s[p.i] {
		case '\\':
			p.i++
		case '"':
			p.i++
			return p.s[start:p.i], true
		}
	}
	return nil, false
}

type writer struct {
	opts *Options
	out  []byte
}

func (w *writer) value(n *node, depth int) {
	switch {
	case n.kind == 0:
		w.out = append(w.out, n.raw...)
	case len(n.kids) == 0:
		w.out = append(w.out, n.kind, closer(n.kind))
	case n.kind == '[' && w.fits(n, depth):
		w.out = compact(w.out, n)
	default:
		order := make([]int, len(n.kids))
		for i := range order {
			order[i] = i
		}
		if n.kind == '{' && w.opts.SortKeys {
			keys := make([]string, len(n.keys))
			for i, k := range n.keys {
				keys[i] = unquote(k)
			}
			sort.SliceStable(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
		}
		w.out = append(w.out, n.kind, '\n')
		for j, i := range order {
			w.line(depth + 1)
			if n.kind == '{' {
				w.out = append(w.out, n.keys[i]...)
				w.out = append(w.out, ':', ' ')
			}
			w.value(n.kids[i], depth+1)
			if j < len(order)-1 {
				w.out = append(w.out, ',')
			}
			w.out = append(w.out, '\n')
		}
		w.line(depth)
		w.out = append(w.out, closer(n.kind))
	}
}

// line starts a line at a depth.
func (w *writer) line(depth int) {
	w.out = append(w.out, w.opts.Prefix...)
	for range depth {
		w.out = append(w.out, w.opts.Indent...)
	}
}

// fits reports whether n's compact form fits in Width on a line at depth.
func (w *writer) fits(n *node, depth int) bool {
	return len(w.opts.Prefix)+depth*len(w.opts.Indent)+len(compact(nil, n)) <= w.opts.Width
}

func compact(out []byte, n *node) []byte {
	if n.kind == 0 {
		return append(out, n.raw...)
	}
	out = append(out, n.kind)
	for i, k := range n.kids {
		if i > 0 {
			out = append(out, ',')
		}
		if n.kind == '{' {
			out = append(out, n.keys[i]...)
			out = append(out, ':')
		}
		out = compact(out, k)
	}
	return append(out, closer(n.kind))
}

func closer(open byte) byte {
	if open == '{' {
		return '}'
	}
	return ']'
}

// unquote is the text of a JSON string (quotes included), for sorting.
func unquote(q []byte) string {
	s := q[1 : len(q)-1]
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			out = append(out, c)
			continue
		}
		i++
		switch s[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, n := hex4(s[i+1:])
			i += n
			if utf16.IsSurrogate(r) && n == 4 && i+2 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if r2, n2 := hex4(s[i+3:]); n2 == 4 {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						r = d
						i += 2 + n2
					}
				}
			}
			out = utf8.AppendRune(out, r)
		default: // \" \\ \/
			out = append(out, s[i])
		}
	}
	return string(out)
}

// hex4 reads the four hex digits of a \u escape: the rune and how many
// bytes it used (0 and RuneError if they are not there).
func hex4(s []byte) (rune, int) {
	if len(s) < 4 {
		return utf8.RuneError, 0
	}
	v, err := strconv.ParseUint(string(s[:4]), 16, 32)
	if err != nil {
		return utf8.RuneError, 0
	}
	return rune(v), 4
}
