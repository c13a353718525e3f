package data

import "time"

// The checks below are what regular expressions would say, written out by
// hand. In the browser they are the loader's hot path: the regexp package
// compiled four patterns when the package started and ran its matcher for
// every country code of every entry, which made V8 compile the matcher's
// large functions a second time, optimised, on the reader's CPU while the
// map was starting (docs/performance-notes.md).

// isID reports whether s is 1–64 letters, digits, '.', '_' or '-',
// starting with a letter or digit.
func isID(s string) bool {
	if len(s) == 0 || len(s) > 64 || !isAlnum(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// isCode reports whether s is three capital letters, like an ISO 3166-1
// alpha-3 code (or a story's own code such as "XKX").
func isCode(s string) bool {
	return len(s) == 3 && isUpper(s[0]) && isUpper(s[1]) && isUpper(s[2])
}

// isColor reports whether s is "#rrggbb" in hexadecimal digits, either case.
func isColor(s string) bool {
	if len(s) != 7 || s[0] != '#' {
		return false
	}
	for i := 1; i < 7; i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return true
}

// IsLang reports whether s has the shape of a story's language code: two
// or three lower-case letters, optionally followed by "-" and a 2–8
// letter-or-digit subtag ("es", "pt-BR", "es-419"). The embed's lang=
// parameter is checked with it too, lower-cased.
func IsLang(s string) bool {
	n := 0
	for n < len(s) && isLower(s[n]) {
		n++
	}
	if n < 2 || n > 3 {
		return false
	}
	if n == len(s) {
		return true
	}
	sub := s[n+1:]
	if s[n] != '-' || len(sub) < 2 || len(sub) > 8 {
		return false
	}
	for i := 0; i < len(sub); i++ {
		if !isAlnum(sub[i]) {
			return false
		}
	}
	return true
}

// civilDate reads "YYYY-MM-DD" as midnight UTC, refusing a day the month
// does not have; it accepts exactly what time.Parse(time.DateOnly, s)
// accepts.
func civilDate(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// partialDate reports whether s is a date as YYYY, YYYY-MM or YYYY-MM-DD,
// each a real one.
func partialDate(s string) bool {
	switch len(s) {
	case 4:
		_, ok := digits(s)
		return ok
	case 7:
		m, ok := digits(s[5:7])
		_, okY := digits(s[0:4])
		return okY && ok && s[4] == '-' && m >= 1 && m <= 12
	case 10:
		_, ok := civilDate(s)
		return ok
	}
	return false
}

// digits returns the value of s if it is all ASCII digits (and not empty).
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// daysIn is the number of days of month m (1–12) in year y of the
// proleptic Gregorian calendar.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isAlnum(c byte) bool { return isUpper(c) || isLower(c) || isDigit(c) }
func isHex(c byte) bool {
	return isDigit(c) || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}
