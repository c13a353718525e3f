package data

// The wasm's build (go.wasm.mod) replaces github.com/tidwall/pretty, which
// gjson imports for its @pretty and @ugly modifiers, with replace/pretty
// (see its package doc). This test holds both to what gjson's modifiers
// promise, the same JSON value: ./test.sh runs it with go.mod (the
// original) and with -modfile=go.wasm.mod (the replacement). How the
// replacement lays JSON out is tested in its own module (replace/pretty).

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

// randomJSON builds a random JSON value: nested objects and arrays with
// escapes, non-ASCII text and numbers.
func randomJSON(r *rand.Rand, depth int) any {
	switch k := r.Intn(8); {
	case depth > 3 || k < 3:
		switch r.Intn(5) {
		case 0:
			return r.NormFloat64() * 1e6
		case 1:
			return r.Intn(2) == 0
		case 2:
			return nil
		default:
			return randomString(r)
		}
	case k < 5:
		a := make([]any, r.Intn(12))
		for i := range a {
			a[i] = randomJSON(r, depth+1)
		}
		return a
	default:
		m := map[string]any{}
		for i := r.Intn(6); i > 0; i-- {
			m[randomString(r)+string(rune('a'+r.Intn(26)))] = randomJSON(r, depth+1)
		}
		return m
	}
}

func randomString(r *rand.Rand) string {
	words := []string{"a", "b", "Ñandú", "\"q\"", "back\\slash", "tab\t", "line\n", "\u2028", "😀", "</script>", ""}
	return words[r.Intn(len(words))] + words[r.Intn(len(words))]
}

func TestPrettyModifiersKeepTheValue(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	docs := []string{`{}`, `[]`, `{"a":[]}`, `[{},[[]],"x"]`, `{"k\u0065y":"\ud83d\ude00","b":[1,2,{"c":null}]}`, `  {"a" : 1 ,"b":[ true , false ] }  `}
	for i := 0; i < 300; i++ {
		b, err := json.Marshal(map[string]any{"v": randomJSON(r, 0)})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	for _, doc := range docs {
		var want any
		if err := json.Unmarshal([]byte(doc), &want); err != nil {
			t.Fatalf("test document %s: %v", doc, err)
		}
		for _, path := range []string{"@pretty", `@pretty:{"sortKeys":true,"indent":"\t","prefix":"> ","width":20}`, "@ugly"} {
			out := gjson.Get(doc, path).Raw
			var got any
			if err := json.Unmarshal([]byte(strings.ReplaceAll(out, "> ", "")), &got); err != nil || !reflect.DeepEqual(got, want) {
				t.Fatalf("%s of %s:\n%s\n(%v)", path, doc, out, err)
			}
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(doc)); err != nil {
			t.Fatal(err)
		}
		if got := gjson.Get(doc, "@ugly").Raw; got != compact.String() {
			t.Fatalf("@ugly of %s = %s, want %s", doc, got, compact.String())
		}
	}
}
