package i18n

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"en": "en", "ES": "es", "ru-RU": "ru", "es_VE": "es", "pt-BR": "pt", "fr-CA": "fr", "FR": "fr", "de": "en", "": "en"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDates(t *testing.T) {
	d := time.Date(2019, 1, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, short, long, dm string
	}{
		{"en", "23 Jan 2019", "23 January 2019", "23 Jan"},
		{"es", "23 ene 2019", "23 de enero de 2019", "23 ene"},
		{"ru", "23 янв. 2019", "23 января 2019 г.", "23 янв."},
		{"pt-BR", "23 jan. 2019", "23 de janeiro de 2019", "23 jan."},
		{"fr", "23 janv. 2019", "23 janvier 2019", "23 janv."},
		{"xx", "23 Jan 2019", "23 January 2019", "23 Jan"},
	}
	for _, tt := range tests {
		if got := Date(tt.lang, d); got != tt.short {
			t.Errorf("Date(%s) = %q, want %q", tt.lang, got, tt.short)
		}
		if got := DateLong(tt.lang, d); got != tt.long {
			t.Errorf("DateLong(%s) = %q, want %q", tt.lang, got, tt.long)
		}
		if got := DayMonth(tt.lang, d); got != tt.dm {
			t.Errorf("DayMonth(%s) = %q, want %q", tt.lang, got, tt.dm)
		}
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1234567, "1,234,567"}, {"en", 999, "999"}, {"en", -1000, "-1,000"},
		{"es", 1234, "1234"}, {"es", 12345, "12.345"},
		{"ru", 1234, "1\u00a0234"},
		{"pt", 1234, "1.234"}, {"fr", 1234567, "1\u00a0234\u00a0567"}, {"fr", 999, "999"},
	}
	for _, tt := range tests {
		if got := Int(tt.lang, tt.n); got != tt.want {
			t.Errorf("Int(%s, %d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}

func TestCountries(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1, "1 country"}, {"en", 13, "13 countries"},
		{"es", 1, "1 país"}, {"es", 2, "2 países"},
		{"ru", 1, "1 страна"}, {"ru", 21, "21 страна"}, {"ru", 3, "3 страны"},
		{"ru", 13, "13 стран"}, {"ru", 12, "12 стран"}, {"ru", 24, "24 страны"}, {"ru", 111, "111 стран"},
		{"en", 0, "0 countries"}, {"es", 0, "0 países"},
		// French and Brazilian Portuguese count 0 with the singular.
		{"pt", 0, "0 país"}, {"pt", 1, "1 país"}, {"pt", 2, "2 países"},
		{"fr", 0, "0 pays"}, {"fr", 2, "2 pays"},
	}
	for _, tt := range tests {
		if got := Countries(tt.lang, tt.n); got != tt.want {
			t.Errorf("Countries(%s, %d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}

func TestTAndList(t *testing.T) {
	if T("ru", "nodata") != "Позиция не найдена" || T("de", "nodata") != "No statement found" || T("en", "missing.key") != "missing.key" {
		t.Error("T fallbacks")
	}
	if got := F("es", "andMore", 4); got != "y 4 más" {
		t.Errorf("F = %q", got)
	}
	if got := List("es", []string{"a", "b", "c"}); got != "a, b y c" {
		t.Errorf("List = %q", got)
	}
	if got := List("fr", []string{"a", "b"}); got != "a et b" {
		t.Errorf("List(fr) = %q", got)
	}
	if T("ru", "pause") != "Пауза" || T("es-VE", "zoomIn") != "Acercar" || T("en", "slider") != "Timeline" {
		t.Error("T reads the wrong language")
	}
	if T("pt-BR", "play") != "Reproduzir" || F("fr", "source", "AFP") != "Source\u00a0: AFP" {
		t.Error("T reads the wrong language for pt-BR or fr")
	}
}

func TestGovernments(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1, "1 government"}, {"en", 65, "65 governments"},
		{"es", 1, "1 gobierno"}, {"es", 28, "28 gobiernos"},
		{"ru", 1, "1 правительство"}, {"ru", 21, "21 правительство"}, {"ru", 3, "3 правительства"},
		{"ru", 12, "12 правительств"}, {"ru", 28, "28 правительств"},
		{"fr", 1, "1 gouvernement"}, {"fr", 0, "0 gouvernement"}, {"fr", 1200, "1\u00a0200 gouvernements"},
		{"pt", 65, "65 governos"},
	}
	for _, tt := range tests {
		if got := Governments(tt.lang, tt.n); got != tt.want {
			t.Errorf("Governments(%s, %d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}

// TestFirstDay: French and Portuguese write the first of the month apart.
func TestFirstDay(t *testing.T) {
	d := time.Date(2020, 7, 1, 0, 0, 0, 0, time.UTC)
	for lang, want := range map[string]string{"fr": "1er juillet 2020", "pt": "1º de julho de 2020", "en": "1 July 2020", "es": "1 de julio de 2020"} {
		if got := DateLong(lang, d); got != want {
			t.Errorf("DateLong(%s) = %q, want %q", lang, got, want)
		}
	}
}

// FuzzSprintf holds F's formatter to fmt.Sprintf, for any format and
// arguments of the kinds the widget passes (and an error, which it hands
// to fmt); the seeds are every message of every language file.
func FuzzSprintf(f *testing.F) {
	for _, lang := range Langs {
		for _, s := range lookup(lang).text {
			f.Add(s, "Venezuela", "23 Jan 2019", 3)
		}
	}
	for _, s := range []string{"%%", "100%% %s", "%[2]s, %[1]s", "%[1]s %s", "%5d", "%s %s %s", "%", "%[", "%[0]s", "%[x]s", "%[3]d", "%d %s", "%v", "%q", "ends with %"} {
		f.Add(s, "a", "b", -7)
	}
	f.Fuzz(func(t *testing.T, format, a, b string, n int) {
		for _, args := range [][]any{{a, b}, {a, n}, {n, a}, {a}, {}, {a, b, n}, {errors.New(a)}} {
			if got, want := sprintf(format, args...), fmt.Sprintf(format, args...); got != want {
				t.Errorf("sprintf(%q, %#v) = %q, fmt.Sprintf gives %q", format, args, got, want)
			}
		}
	})
}

// A page in one language parses that language's file alone, and English's
// only when a key is missing from it.
func TestLookupParsesOnlyItsLanguage(t *testing.T) {
	saved := tables
	t.Cleanup(func() { tables = saved })
	tables = make([]struct {
		once sync.Once
		t    *table
	}, len(Langs))
	if got := lookup("es"); got == nil || got.code != "es" {
		t.Fatalf("lookup(es) = %+v", got)
	}
	for i, l := range Langs {
		if parsed := tables[i].t != nil; parsed != (l == "es") {
			t.Errorf("after lookup(es), %s parsed: %v", l, parsed)
		}
	}
	if got := lookup("xx"); got == nil || got.code != "en" {
		t.Errorf("lookup(xx) = %+v, want English", got)
	}
}
