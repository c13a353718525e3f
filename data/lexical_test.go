package data

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The hand-written checks must say what these regular expressions and
// time.Parse say; the tests hold them to it on the cases that matter and
// on many random strings built from the characters at the edges.
var (
	wantID    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	wantCode  = regexp.MustCompile(`^[A-Z]{3}$`)
	wantColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
	wantLang  = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$`)
)

func TestLexicalCases(t *testing.T) {
	long := strings.Repeat("a", 64)
	for _, c := range []struct {
		f    func(string) bool
		name string
		s    string
		want bool
	}{
		{isID, "isID", "jan-23", true}, {isID, "isID", "2019.01_b", true}, {isID, "isID", long, true},
		{isID, "isID", long + "a", false}, {isID, "isID", "", false}, {isID, "isID", "-a", false},
		{isID, "isID", "a b", false}, {isID, "isID", "é", false},
		{isCode, "isCode", "VEN", true}, {isCode, "isCode", "ven", false}, {isCode, "isCode", "VE", false},
		{isCode, "isCode", "VENE", false}, {isCode, "isCode", "V3N", false},
		{isColor, "isColor", "#d55e00", true}, {isColor, "isColor", "#D55E00", true},
		{isColor, "isColor", "d55e00", false}, {isColor, "isColor", "#d55e0", false}, {isColor, "isColor", "#d55e0g", false},
		{IsLang, "IsLang", "es", true}, {IsLang, "IsLang", "pt-BR", true}, {IsLang, "IsLang", "es-419", true},
		{IsLang, "IsLang", "e", false}, {IsLang, "IsLang", "espa", false}, {IsLang, "IsLang", "es-", false},
		{IsLang, "IsLang", "es-x", false}, {IsLang, "IsLang", "es-abcdefghi", false}, {IsLang, "IsLang", "ES", false},
		{IsLang, "IsLang", "es_MX", false},
	} {
		if got := c.f(c.s); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.s, got, c.want)
		}
	}
}

// TestLexicalMatchesRegexp compares each check with its regular expression
// on random strings over an alphabet of the characters each one cares
// about, lengths 0–70.
func TestLexicalMatchesRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZz09#-._ AF fg-"
	random := func() string {
		n := r.IntN(12)
		if r.IntN(8) == 0 {
			n = 60 + r.IntN(10)
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	for _, c := range []struct {
		name string
		f    func(string) bool
		re   *regexp.Regexp
	}{{"isID", isID, wantID}, {"isCode", isCode, wantCode}, {"isColor", isColor, wantColor}, {"IsLang", IsLang, wantLang}} {
		matched := 0
		for range 200_000 {
			s := random()
			if c.name == "isCode" || c.name == "isColor" {
				s = strings.ToUpper(s) // give the three capitals and hex digits a chance
			}
			want := c.re.MatchString(s)
			if got := c.f(s); got != want {
				t.Fatalf("%s(%q) = %v, the regexp says %v", c.name, s, got, want)
			}
			if want {
				matched++
			}
		}
		if matched == 0 {
			t.Errorf("%s: no random string matched; the comparison tested only refusals", c.name)
		}
	}
}

// TestDatesMatchTimeParse checks civilDate and partialDate against
// time.Parse on every day-shaped string of four years (two leap years,
// including 2000 and 1900) and on malformed ones.
func TestDatesMatchTimeParse(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want, err := time.Parse(time.DateOnly, s)
		got, ok := civilDate(s)
		if ok != (err == nil) || (ok && !got.Equal(want)) {
			t.Fatalf("civilDate(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, err)
		}
		if partialDate(s) != ok {
			t.Fatalf("partialDate(%q) = %v, want %v", s, !ok, ok)
		}
	}
	for _, y := range []string{"1900", "2000", "2019", "2020"} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				check(y + "-" + two(m) + "-" + two(d))
			}
		}
	}
	for _, s := range []string{"", "2019-1-023", "2019/01/23", "2019-01-2x", "+019-01-23", "2019-01-23 ", "２019-01-23"} {
		check(s)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"2019", true}, {"0000", true}, {"201x", false}, {"2019-00", false}, {"2019-12", true}, {"2019-13", false}, {"2019/12", false}} {
		if got := partialDate(c.s); got != c.want {
			t.Errorf("partialDate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func two(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
