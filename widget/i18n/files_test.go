package i18n

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestFiles holds every language file to what the code needs: it parses,
// has every text key of English and no other, with the same format verbs
// for the same arguments, and every noun in each form its plural rule
// picks.
func TestFiles(t *testing.T) {
	en, err := parseFile("en")
	if err != nil {
		t.Fatal(err)
	}
	if len(Langs) < 3 || Langs[0] != "en" {
		t.Fatalf("Langs = %v, want English first", Langs)
	}
	nouns := map[string]bool{}
	for k := range en.nouns {
		nouns[strings.Split(k, ".")[0]] = true
	}
	for _, l := range Langs {
		tb, err := parseFile(l)
		if err != nil {
			t.Error(err)
			continue
		}
		for key, want := range en.text {
			got, ok := tb.text[key]
			if !ok || strings.TrimSpace(got) == "" {
				t.Errorf("%s: no text for %s", l, key)
				continue
			}
			if g, w := verbs(got), verbs(want); !slices.Equal(g, w) {
				t.Errorf("%s: %s has verbs %v, English %v: %q", l, key, g, w, got)
			}
		}
		for key := range tb.text {
			if _, ok := en.text[key]; !ok {
				t.Errorf("%s: %s is not a key of English", l, key)
			}
		}
		forms := pluralForms(tb.plural)
		for noun := range nouns {
			for _, f := range forms {
				if tb.nouns[noun+"."+f] == "" {
					t.Errorf("%s: plural rule %s needs %s.%s", l, tb.plural, noun, f)
				}
			}
		}
		for key := range tb.nouns {
			noun, form, _ := strings.Cut(key, ".")
			if !nouns[noun] || !slices.Contains(forms, form) {
				t.Errorf("%s: noun %s is not one of English's nouns (%v) in a form of %s (%v)", l, key, slices.Sorted(maps.Keys(nouns)), tb.plural, forms)
			}
		}
	}
}

// verbs lists a format's verbs by the argument each takes ("1:s",
// "2:d"), sorted: a language may reorder them with %[2]s.
func verbs(format string) []string {
	var out []string
	arg := 0
	for _, m := range verbRE.FindAllStringSubmatch(format, -1) {
		if m[0] == "%%" {
			continue
		}
		if m[1] != "" {
			fmt.Sscan(m[1], &arg)
		} else {
			arg++
		}
		out = append(out, fmt.Sprintf("%d:%s", arg, m[2]))
	}
	slices.Sort(out)
	return out
}

var verbRE = regexp.MustCompile(`%%|%(?:\[(\d+)\])?[-+# 0-9.]*([a-zA-Z])`)

func TestVerbs(t *testing.T) {
	for in, want := range map[string]string{
		"%s: %s since %s": "1:s 2:s 3:s", "Step %d of %d": "1:d 2:d", "%[2]s, %[1]s": "1:s 2:s",
		"100%% %s": "1:s", "none": "",
	} {
		if got := strings.Join(verbs(in), " "); got != want {
			t.Errorf("verbs(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParseRefuses shows the parser says what is wrong with a file.
func TestParseRefuses(t *testing.T) {
	good := "[format]\nname = X\nplural = one-if-1\nmonths = a b c d e f g h i j k l\nmonthsShort = a b c d e f g h i j k l\n" +
		"date = {day}\ndateLong = {day}\ndayMonth = {day}\ngroup = ,\ngroupFrom = 4\nand = and\n[text]\nk = v\n"
	if _, err := parse("xx", good); err != nil {
		t.Fatalf("the good file: %v", err)
	}
	for _, tt := range []struct{ edit, old, want string }{
		{"no section", "[format]\n", "in no section"},
		{"bad section", "[text]", "unknown section"},
		{"no equals", "k = v", "want key = value"},
		{"bad quote", "k = v", "invalid syntax"},
		{"twice", "and = and\n", "twice"},
		{"rule", "one-if-1", "no rule"},
		{"months", "months = a b c", "10 names"},
		{"group", "groupFrom = 4", "digit count"},
		{"missing", "and = and\n", "no and"},
	} {
		src := good
		switch tt.edit {
		case "no section", "missing":
			src = strings.Replace(src, tt.old, "", 1)
		case "bad section":
			src = strings.Replace(src, tt.old, "[texts]", 1)
		case "no equals":
			src = strings.Replace(src, tt.old, "k v", 1)
		case "bad quote":
			src = strings.Replace(src, tt.old, `k = "v`, 1)
		case "twice":
			src = strings.Replace(src, tt.old, tt.old+tt.old, 1)
		case "rule":
			src = strings.Replace(src, tt.old, "two-forms", 1)
		case "months":
			src = strings.Replace(src, tt.old+" d", "months = a b", 1)
		case "group":
			src = strings.Replace(src, tt.old, "groupFrom = 1", 1)
		}
		if _, err := parse("xx", src); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.edit, err, tt.want)
		}
	}
}
