package i18n

// pluralRules names the plural rules a language file may give, after
// CLDR's rules for whole numbers. A rule is code, a language picks one by
// name: a new language whose rule is here needs no code.
var pluralRules = []string{"one-if-1", "one-if-0-or-1", "one-few-many"}

// pluralForms lists the forms of a noun that rule needs, nil for no such
// rule.
func pluralForms(rule string) []string {
	switch rule {
	case "one-if-1", "one-if-0-or-1":
		return []string{"one", "other"}
	case "one-few-many":
		return []string{"one", "few", "many"}
	}
	return nil
}

// pluralForm picks the form of a noun for n under rule:
//   - one-if-1 (English, Spanish, …): one for 1, other for the rest;
//   - one-if-0-or-1 (French, Brazilian Portuguese): one for 0 and 1;
//   - one-few-many (Russian, Ukrainian, …): one for 1, 21, 31…; few for
//     2–4, 22–24…; many for 0, 5–20, 25–30…
//
// CLDR's "many" for whole millions in French, Spanish and Portuguese ("un
// million de pays") is left out: no count here comes near it.
func pluralForm(rule string, n int) string {
	if n < 0 {
		n = -n
	}
	switch rule {
	case "one-if-0-or-1":
		if n <= 1 {
			return "one"
		}
	case "one-few-many":
		switch {
		case n%10 == 1 && n%100 != 11:
			return "one"
		case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
			return "few"
		}
		return "many"
	default:
		if n == 1 {
			return "one"
		}
	}
	return "other"
}
