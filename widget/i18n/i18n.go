// Package i18n holds the widget's own UI text, with dates, numbers and
// counted nouns formatted per language. Each language is a data file in
// lang/ (en.txt, es.txt, …), embedded and parsed at first use: adding a
// language is adding a file (the README says how). Story text (headlines,
// side labels) comes translated in the story itself; country names come
// from geo.
package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Normalize returns lang if supported (case and region ignored: "es-VE" is
// "es", "pt-BR" is "pt"), else "en".
func Normalize(lang string) string {
	l := strings.ToLower(lang)
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	for _, s := range Langs {
		if s == l {
			return s
		}
	}
	return "en"
}

// T returns the UI string for key in lang, falling back to English, then to
// the key itself so a missing entry shows up instead of vanishing.
func T(lang, key string) string {
	if s := lookup(Normalize(lang)).text[key]; s != "" {
		return s
	}
	if s := lookup("en").text[key]; s != "" {
		return s
	}
	return key
}

// F is T with fmt.Sprintf arguments.
func F(lang, key string, args ...any) string {
	return sprintf(T(lang, key), args...)
}

// sprintf is fmt.Sprintf for what the language files hold: %s of a
// string, %d of an int, either with an argument index (%[2]s), and %%.
// Anything else (an error, another verb, a missing argument) goes to
// fmt.Sprintf, whose output it is held to (FuzzSprintf). The captions'
// and the text alternative's words are formatted while the embed starts,
// and fmt's printer was code that V8 compiled, then optimised, on every
// first visit.
func sprintf(format string, args ...any) string {
	var b strings.Builder
	b.Grow(len(format) + 16*len(args))
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		j := i + 1
		if j < len(format) && format[j] == '%' {
			b.WriteByte('%')
			i = j
			continue
		}
		arg := next
		if j < len(format) && format[j] == '[' {
			k := strings.IndexByte(format[j:], ']')
			n, err := strconv.Atoi(format[j+1 : j+max(k, 1)])
			if k < 0 || err != nil || n < 1 {
				return fmt.Sprintf(format, args...)
			}
			arg, j = n-1, j+k+1
		}
		if j >= len(format) || arg >= len(args) || !appendArg(&b, format[j], args[arg]) {
			return fmt.Sprintf(format, args...)
		}
		next, i = arg+1, j
	}
	if next < len(args) {
		return fmt.Sprintf(format, args...) // fmt says what is extra
	}
	return b.String()
}

// appendArg writes a as the verb (s or d) would, reporting false for
// another verb or a value it does not format.
func appendArg(b *strings.Builder, verb byte, a any) bool {
	switch verb {
	case 's':
		if v, ok := a.(string); ok {
			b.WriteString(v)
			return true
		}
	case 'd':
		if v, ok := a.(int); ok {
			b.WriteString(strconv.Itoa(v))
			return true
		}
	}
	return false
}

// Name is the language's name in itself ("Español"), for a language menu.
func Name(lang string) string { return lookup(Normalize(lang)).name }

// Date formats a date compactly: "23 Jan 2019", "23 ene 2019", "23 янв. 2019".
func Date(lang string, t time.Time) string {
	tb := lookup(Normalize(lang))
	return format(tb, tb.date, t)
}

// DayMonth formats a date without its year, for slider ticks: "23 Jan".
func DayMonth(lang string, t time.Time) string {
	tb := lookup(Normalize(lang))
	return format(tb, tb.dayMon, t)
}

// DateLong formats a date in full: "23 January 2019", "23 de enero de 2019",
// "23 января 2019 г.".
func DateLong(lang string, t time.Time) string {
	tb := lookup(Normalize(lang))
	return format(tb, tb.long, t)
}

// format fills a date pattern of tb ("{day} {mon} {year}") with t.
func format(tb *table, pattern string, t time.Time) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(pattern, '{')
		j := -1
		if i >= 0 {
			j = strings.IndexByte(pattern[i:], '}')
		}
		if j < 0 {
			b.WriteString(pattern)
			return b.String()
		}
		b.WriteString(pattern[:i])
		switch name := pattern[i+1 : i+j]; name {
		case "day":
			if t.Day() == 1 && tb.firstDay != "" {
				b.WriteString(tb.firstDay)
			} else {
				b.WriteString(strconv.Itoa(t.Day()))
			}
		case "mon":
			b.WriteString(tb.monthsMid[t.Month()-1])
		case "month":
			b.WriteString(tb.months[t.Month()-1])
		case "year":
			b.WriteString(strconv.Itoa(t.Year()))
		default:
			b.WriteString("{" + name + "}")
		}
		pattern = pattern[i+j+1:]
	}
}

// Int formats n with the language's digit grouping: 1,234 / 1.234 / 1 234
// (Spanish groups only from five digits; Russian uses a no-break space).
func Int(lang string, n int) string {
	tb := lookup(Normalize(lang))
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if len(s) >= tb.groupFrom {
		var b strings.Builder
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteString(tb.group)
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Countries returns "1 country", "13 countries", "13 países", "13 стран"…
func Countries(lang string, n int) string { return counted(lang, "country", n) }

// Governments returns "1 government", "65 governments", "65 gobiernos",
// "65 правительств"…
func Governments(lang string, n int) string { return counted(lang, "government", n) }

// counted writes n with the noun's form for n in the language, by the
// language's plural rule.
func counted(lang, noun string, n int) string {
	tb := lookup(Normalize(lang))
	w := tb.nouns[noun+"."+pluralForm(tb.plural, n)]
	if w == "" { // a file TestFiles would refuse; say something all the same
		en := lookup("en")
		w = en.nouns[noun+"."+pluralForm(en.plural, n)]
	}
	return Int(tb.code, n) + " " + w
}

// List joins items with the language's list separator and final
// conjunction: "a, b and c" / "a, b y c" / "a, b и c".
func List(lang string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + lookup(Normalize(lang)).and + " " + items[len(items)-1]
}

// AllText is every string lang's file gives (UI text, month names, nouns,
// date patterns), for tests that hold all of a language's text to
// something, such as the fonts having its letters.
func AllText(lang string) []string {
	tb := lookup(Normalize(lang))
	out := []string{tb.name, tb.date, tb.long, tb.dayMon, tb.firstDay, tb.group, tb.and}
	out = append(out, tb.months[:]...)
	out = append(out, tb.monthsMid[:]...)
	for _, s := range tb.nouns {
		out = append(out, s)
	}
	for _, s := range tb.text {
		out = append(out, s)
	}
	return out
}
