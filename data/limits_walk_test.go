package data

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// treeLimits is the limits check as it was written first, on gjson's tree:
// the reference withinLimits' single pass over the bytes must agree with.
func (p *parser) treeLimits(v gjson.Result, path, key, field string, list int) {
	switch {
	case v.IsObject():
		v.ForEach(func(k, x gjson.Result) bool {
			name := k.String()
			if len(name) > MaxKey {
				p.add(join(path, clipKey(name)), "the key is %d bytes long; a key has at most %d", len(name), MaxKey)
				return true
			}
			if strings.HasPrefix(name, "_") {
				return true
			}
			f := field
			if _, ok := textLimits[name]; ok {
				f = name
			}
			if name == "text" && strings.HasPrefix(path, "corrections[") {
				f = "correction"
			}
			p.treeLimits(x, join(path, name), name, f, listLimit(path == "", key, name))
			return true
		})
	case v.IsArray():
		n := 0
		v.ForEach(func(_, _ gjson.Result) bool { n++; return true })
		if n > list {
			p.add(path, "%d %s; the limit is %d", n, listNoun(path, key), list)
			return
		}
		i := 0
		v.ForEach(func(_, x gjson.Result) bool {
			p.treeLimits(x, index(path, i), key, field, MaxList)
			i++
			return true
		})
	case v.Type == gjson.String:
		if n, limit := utf8.RuneCountInString(v.Str), MaxText(field); n > limit {
			p.add(path, "%d characters; the limit is %d", n, limit)
		}
	}
}

// checkLimitsAgree runs both walks over b (valid JSON, not too deep) and
// fails when their problems differ.
func checkLimitsAgree(t *testing.T, name string, b []byte) {
	t.Helper()
	if checkShape(b) != nil || !gjson.ValidBytes(b) {
		t.Fatalf("%s: not a valid JSON input for the limits", name)
	}
	walk, tree := &parser{}, &parser{}
	walk.withinLimits(string(b))
	tree.treeLimits(gjson.ParseBytes(b), "", "", "", MaxList)
	if !reflect.DeepEqual(walk.probs, tree.probs) || walk.more != tree.more {
		t.Fatalf("%s: the walk over the bytes found\n%v (%d more)\nthe walk over gjson's tree\n%v (%d more)\ninput: %.400s",
			name, walk.probs, walk.more, tree.probs, tree.more, b)
	}
}

// TestLimitsWalkMatchesTree holds withinLimits to the tree walk on the
// stories in the repository and on random files made of the keys, lists
// and strings the limits treat apart, at and past their limits, with
// escapes, comments, empty and long keys, and white space.
func TestLimitsWalkMatchesTree(t *testing.T) {
	checkLimitsAgree(t, "the built-in story", defaultStory)
	checkLimitsAgree(t, "example.json", readFixture(t, "example.json"))
	list := func(n int) string { return "[" + strings.Repeat(`"x",`, n-1) + `"x"]` }
	for _, in := range []string{
		`{"":{"events":` + list(101) + `}}`, // under an empty key alone: still the top level
		`{"":{"":{"langs":` + list(13) + `}}}`,
		`{"a":{"langs":` + list(13) + `}}`,
		`[{"events":` + list(101) + `}]`, // under an index: not the top level
		`{"":[{"":{"langs":` + list(13) + `}}]}`,
		`{"corrections":[{"text":{"en":"` + strings.Repeat("a", 1201) + `"}}]}`,
		`{"corrections":{"text":{"en":"` + strings.Repeat("a", 1201) + `"}}}`,
		`{"corrections[0":{"text":{"en":"` + strings.Repeat("a", 1201) + `"}}}`,
		`{"countries":[{"stances":{"q":` + list(201) + `}}]}`,
		`{"events":[{"sources":` + list(21) + `}]}`,
		`{"` + strings.Repeat("k", 101) + `":1, "_` + strings.Repeat("k", 200) + `":2}`,
		`[` + list(1001) + `, {"title":"` + strings.Repeat("b", 251) + `"}]`,
	} {
		checkLimitsAgree(t, in[:min(len(in), 40)], []byte(in))
	}
	rng := rand.New(rand.NewPCG(25, 1))
	found := 0
	for i := range 3000 {
		g := &jsonGen{rng: rng}
		g.value(0, true)
		b := []byte(g.b.String())
		checkLimitsAgree(t, fmt.Sprintf("random file %d", i), b)
		p := &parser{}
		if !p.withinLimits(string(b)) {
			found++
		}
	}
	// The files must exercise the problems, not only the quiet path.
	if found < 1000 {
		t.Errorf("only %d of 3000 random files had a problem; the generator misses the limits", found)
	}
}

// FuzzLimitsWalk holds withinLimits to the tree walk on any input Load
// would give it (valid JSON, not too deeply nested). Plain `go test` runs
// the seeds; fuzz it with
//
//	go test ./data -run '^$' -fuzz '^FuzzLimitsWalk$' -fuzztime 300000x
func FuzzLimitsWalk(f *testing.F) {
	f.Add([]byte(`{"":{"events":["x","x"]},"_c":1,"a":[{"text":"\u00e9\n"}]}`))
	f.Add([]byte(`{"corrections":[{"text":{"en":"ab"}}],"corrections[0":{"text":"x"}}`))
	f.Add([]byte(` [ 1 , true , null , -2.5e3 , "s" , { } , [ ] ] `))
	f.Add([]byte(`{"countries":[{"stances":{"q":[{"sources":["a","b"],"note":{"en":"\"\\"}}]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if checkShape(b) != nil || !gjson.ValidBytes(b) {
			return
		}
		checkLimitsAgree(t, "fuzzed input", b)
	})
}

// jsonGen writes random JSON for TestLimitsWalkMatchesTree.
type jsonGen struct {
	rng *rand.Rand
	b   strings.Builder
}

var genKeys = []string{"events", "countries", "sides", "questions", "sources", "langs", "subject", "stances",
	"corrections", "text", "title", "label", "headline", "summary", "note", "publisher", "url", "credit", "q1",
	"en", "es", "", "_comment", "corrections[0", `\u0074ext`, `corr\u0065ctions`, `sta\nces`, "é"}

// genLengths are list lengths and string lengths near the limits.
var genLengths = []int{0, 1, 2, 12, 13, 20, 21, 50, 51, 80, 81, 100, 101, 200, 201, 250, 251, 500, 501}

func (g *jsonGen) space() {
	if g.rng.IntN(4) == 0 {
		g.b.WriteString([]string{" ", "\n", "\t ", "\r\n  "}[g.rng.IntN(4)])
	}
}

func (g *jsonGen) key() {
	switch g.rng.IntN(12) {
	case 0:
		g.b.WriteString(`"` + strings.Repeat("k", 95+g.rng.IntN(10)) + `"`) // about MaxKey
	case 1:
		g.b.WriteString(`"` + strings.Repeat("é", 48+g.rng.IntN(6)) + `"`) // 2 bytes a character
	default:
		g.b.WriteString(`"` + genKeys[g.rng.IntN(len(genKeys))] + `"`)
	}
}

func (g *jsonGen) str() {
	n := genLengths[g.rng.IntN(len(genLengths))]
	if g.rng.IntN(6) == 0 {
		n = 1195 + g.rng.IntN(10) // about the longest texts' limits
	}
	if g.rng.IntN(20) == 0 {
		n = 1995 + g.rng.IntN(10) // about MaxChars
	}
	g.b.WriteByte('"')
	for range n {
		switch g.rng.IntN(40) {
		case 0:
			g.b.WriteString(`\"`)
		case 1:
			g.b.WriteString(`\u00e9`)
		case 2:
			g.b.WriteString(`\\`)
		case 3:
			g.b.WriteString("ж")
		case 4:
			g.b.WriteString(`\ud83d\ude00`) // one character, two escapes
		default:
			g.b.WriteByte('a')
		}
	}
	g.b.WriteByte('"')
}

func (g *jsonGen) value(depth int, object bool) {
	g.space()
	switch {
	case object || (depth < 6 && g.rng.IntN(3) == 0):
		g.b.WriteByte('{')
		for i := range g.rng.IntN(5) {
			if i > 0 {
				g.b.WriteByte(',')
			}
			g.space()
			g.key()
			g.space()
			g.b.WriteByte(':')
			g.value(depth+1, false)
		}
		g.space()
		g.b.WriteByte('}')
	case depth < 6 && g.rng.IntN(3) == 0:
		n := g.rng.IntN(4)
		if g.rng.IntN(4) == 0 {
			n = genLengths[g.rng.IntN(len(genLengths))]
			if g.rng.IntN(10) == 0 {
				n = 1001
			}
		}
		g.b.WriteByte('[')
		for i := range n {
			if i > 0 {
				g.b.WriteByte(',')
			}
			if n > 20 { // long lists hold short values
				g.space()
				g.b.WriteString([]string{"1", "true", "null", `"x"`, "-2.5e3", "{}", "[]", `{"text":"ab"}`}[g.rng.IntN(8)])
				continue
			}
			g.value(depth+1, false)
		}
		g.space()
		g.b.WriteByte(']')
	case g.rng.IntN(3) == 0:
		g.b.WriteString([]string{"1", "true", "false", "null", "-0.5", "12e-3"}[g.rng.IntN(6)])
	default:
		g.str()
	}
	g.space()
}
