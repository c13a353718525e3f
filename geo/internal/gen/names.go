package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/tidwall/gjson"
)

// langs are the name languages of the asset, in column order.
var langs = []string{"en", "es", "ru"}

// override replaces i18n-iso-countries' default names for one code. Each
// has a reason: the default takes a political side, is the long formal
// form a news map should not use, or the code is not in ISO 3166.
type override struct {
	code, en, es, ru string
	reason           string
}

// overrides: an empty field keeps the package's name in that language.
var overrides = []override{
	// Not in ISO 3166: codes are the atlas's own (Natural Earth adm0_a3; XKX is the EU/IMF code).
	{"XKX", "Kosovo", "Kosovo", "Косово", "not in ISO 3166; code XKX as used by the EU and IMF"},
	{"SOL", "Somaliland", "Somalilandia", "Сомалиленд", "not in ISO 3166; the atlas draws it apart from Somalia"},
	{"CYN", "Northern Cyprus", "Chipre del Norte", "Северный Кипр", "not in ISO 3166; the atlas draws it apart from Cyprus"},
	{"KAS", "Siachen Glacier", "Glaciar de Siachen", "Ледник Сиачен", "disputed area, not in ISO 3166"},
	{"IOA", "Australian Indian Ocean Territories", "Territorios australianos del océano Índico", "Австралийские территории в Индийском океане", "Christmas and Cocos Islands as one atlas feature; no single ISO code"},
	{"ATC", "Ashmore and Cartier Islands", "Islas Ashmore y Cartier", "Острова Ашмор и Картье", "Australian territory, not in ISO 3166"},
	// Politically loaded defaults: use the neutral common short name.
	{"TWN", "Taiwan", "", "Тайвань", "the default 'Taiwan, Province of China' takes a side"},
	{"PSE", "Palestine", "Palestina", "Палестина", "'State of Palestine' asserts a contested status; the short name is neutral"},
	{"ESH", "Western Sahara", "Sahara Occidental", "Западная Сахара", "Russian default 'САДР' names one claimant's state"},
	{"MDA", "Moldova", "Moldavia", "Молдова", "drop 'Republic of'; Russian 'Молдова' is the form the country uses"},
	// Long formal forms: the short names readers know.
	{"BOL", "Bolivia", "Bolivia", "Боливия", "short name, not 'Plurinational State of'"},
	{"VEN", "Venezuela", "Venezuela", "Венесуэла", "short name, not 'Bolivarian Republic of'"},
	{"IRN", "Iran", "Irán", "Иран", "short name, not 'Islamic Republic of'"},
	{"RUS", "Russia", "Rusia", "Россия", "short name, not 'Russian Federation'"},
	{"SYR", "Syria", "Siria", "Сирия", "short name, not 'Syrian Arab Republic'"},
	{"KOR", "South Korea", "Corea del Sur", "Южная Корея", "short name, not 'Republic of Korea'"},
	{"PRK", "North Korea", "Corea del Norte", "Северная Корея", "short name, not the formal 'Democratic People's Republic'"},
	{"FSM", "Micronesia", "Micronesia", "Микронезия", "short name, not 'Federated States of'"},
	{"CHN", "China", "China", "Китай", "short name, not 'People's Republic of'"},
	{"LAO", "Laos", "Laos", "Лаос", "short name, not 'Lao People's Democratic Republic'"},
	{"TZA", "Tanzania", "", "", "short name, not 'United Republic of'"},
	{"VAT", "Vatican City", "Ciudad del Vaticano", "Ватикан", "the map shows the territory, not the Holy See"},
	{"USA", "United States", "", "", "short name"},
	{"MKD", "North Macedonia", "", "", "short name, not 'The Republic of'"},
	{"GMB", "The Gambia", "", "", "short name, not 'Republic of'"},
	{"BRN", "Brunei", "Brunéi", "", "short name, not 'Darussalam'"},
	{"CIV", "Côte d'Ivoire", "", "", "the default drops the accent"},
	{"COD", "", "República Democrática del Congo", "", "reads badly inverted ('Congo (República Democrática del)')"},
	{"VIR", "U.S. Virgin Islands", "", "", "reads badly inverted ('Virgin Islands, U.S.')"},
	{"VGB", "British Virgin Islands", "", "", "reads badly inverted ('Virgin Islands, British')"},
	{"PCN", "Pitcairn Islands", "Islas Pitcairn", "", "the islands, as the atlas draws them"},
	{"SHN", "", "Santa Elena", "Остров Святой Елены", "the atlas feature is Saint Helena alone"},
	{"TLS", "", "Timor Oriental", "", "the common Spanish name"},
}

// names reads en/es/ru names for the given alpha-3 codes from an installed
// i18n-iso-countries package and applies the overrides. Every code must end
// with a name in every language, or it is an error naming what is missing.
func names(pkgDir string, codes []string) (map[string][3]string, error) {
	raw, err := os.ReadFile(filepath.Join(pkgDir, "codes.json"))
	if err != nil {
		return nil, err
	}
	alpha2 := map[string]string{}
	for _, row := range gjson.ParseBytes(raw).Array() {
		alpha2[row.Get("1").String()] = row.Get("0").String()
	}
	tables := make([]gjson.Result, len(langs))
	for i, l := range langs {
		b, err := os.ReadFile(filepath.Join(pkgDir, "langs", l+".json"))
		if err != nil {
			return nil, err
		}
		tables[i] = gjson.GetBytes(b, "countries")
	}
	byCode := map[string]override{}
	for _, o := range overrides {
		byCode[o.code] = o
	}
	out := map[string][3]string{}
	var missing []string
	for _, code := range codes {
		var n [3]string
		if a2, ok := alpha2[code]; ok {
			for i := range langs {
				v := tables[i].Get(a2)
				if v.IsArray() {
					v = v.Get("0") // the first is the package's preferred name
				}
				n[i] = v.String()
			}
		}
		if o, ok := byCode[code]; ok {
			for i, s := range [3]string{o.en, o.es, o.ru} {
				if s != "" {
					n[i] = s
				}
			}
		}
		for i, s := range n {
			if s == "" {
				missing = append(missing, code+"/"+langs[i])
			}
		}
		out[code] = n
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("no name for %v: add an override", missing)
	}
	return out, nil
}
