package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/tidwall/gjson"
)

// override replaces i18n-iso-countries' default names for one code. Each
// has a reason: the default takes a political side, is the long formal
// form a news map should not use, or the code is not in ISO 3166.
type override struct {
	code   string
	names  n // by language; a language not given keeps the package's name
	reason string
}

// n is an override's names by language.
type n = map[string]string

// overrides, by code.
var overrides = []override{
	// Not in ISO 3166: codes are the atlas's own (Natural Earth adm0_a3; XKX is the EU/IMF code).
	{"XKX", n{"en": "Kosovo", "es": "Kosovo", "ru": "Косово", "pt": "Kosovo", "fr": "Kosovo"}, "not in ISO 3166; code XKX as used by the EU and IMF"},
	{"SOL", n{"en": "Somaliland", "es": "Somalilandia", "ru": "Сомалиленд", "pt": "Somalilândia", "fr": "Somaliland"}, "not in ISO 3166; the atlas draws it apart from Somalia"},
	{"CYN", n{"en": "Northern Cyprus", "es": "Chipre del Norte", "ru": "Северный Кипр", "pt": "Chipre do Norte", "fr": "Chypre du Nord"}, "not in ISO 3166; the atlas draws it apart from Cyprus"},
	{"KAS", n{"en": "Siachen Glacier", "es": "Glaciar de Siachen", "ru": "Ледник Сиачен", "pt": "Geleira de Siachen", "fr": "Glacier de Siachen"}, "disputed area, not in ISO 3166"},
	{"IOA", n{"en": "Australian Indian Ocean Territories", "es": "Territorios australianos del océano Índico", "ru": "Австралийские территории в Индийском океане", "pt": "Territórios Australianos do Oceano Índico", "fr": "Territoires australiens de l'océan Indien"}, "Christmas and Cocos Islands as one atlas feature; no single ISO code"},
	{"ATC", n{"en": "Ashmore and Cartier Islands", "es": "Islas Ashmore y Cartier", "ru": "Острова Ашмор и Картье", "pt": "Ilhas Ashmore e Cartier", "fr": "Îles Ashmore-et-Cartier"}, "Australian territory, not in ISO 3166"},
	// Politically loaded defaults: use the neutral common short name.
	{"TWN", n{"en": "Taiwan", "ru": "Тайвань"}, "the default 'Taiwan, Province of China' takes a side"},
	{"PSE", n{"en": "Palestine", "es": "Palestina", "ru": "Палестина", "pt": "Palestina"}, "'State of Palestine' asserts a contested status; the short name is neutral"},
	{"ESH", n{"en": "Western Sahara", "es": "Sahara Occidental", "ru": "Западная Сахара"}, "Russian default 'САДР' names one claimant's state"},
	{"MDA", n{"en": "Moldova", "es": "Moldavia", "ru": "Молдова"}, "drop 'Republic of'; Russian 'Молдова' is the form the country uses"},
	// Long formal forms: the short names readers know.
	{"BOL", n{"en": "Bolivia", "es": "Bolivia", "ru": "Боливия"}, "short name, not 'Plurinational State of'"},
	{"VEN", n{"en": "Venezuela", "es": "Venezuela", "ru": "Венесуэла"}, "short name, not 'Bolivarian Republic of'"},
	{"IRN", n{"en": "Iran", "es": "Irán", "ru": "Иран", "pt": "Irã"}, "short name, not 'Islamic Republic of'; Brazilian form ('Irão' is European Portuguese)"},
	{"RUS", n{"en": "Russia", "es": "Rusia", "ru": "Россия"}, "short name, not 'Russian Federation'"},
	{"SYR", n{"en": "Syria", "es": "Siria", "ru": "Сирия"}, "short name, not 'Syrian Arab Republic'"},
	{"KOR", n{"en": "South Korea", "es": "Corea del Sur", "ru": "Южная Корея"}, "short name, not 'Republic of Korea'"},
	{"PRK", n{"en": "North Korea", "es": "Corea del Norte", "ru": "Северная Корея"}, "short name, not the formal 'Democratic People's Republic'"},
	{"FSM", n{"en": "Micronesia", "es": "Micronesia", "ru": "Микронезия"}, "short name, not 'Federated States of'"},
	{"CHN", n{"en": "China", "es": "China", "ru": "Китай"}, "short name, not 'People's Republic of'"},
	{"LAO", n{"en": "Laos", "es": "Laos", "ru": "Лаос"}, "short name, not 'Lao People's Democratic Republic'"},
	{"TZA", n{"en": "Tanzania", "fr": "Tanzanie"}, "short name, not 'United Republic of'"},
	{"VAT", n{"en": "Vatican City", "es": "Ciudad del Vaticano", "ru": "Ватикан", "pt": "Vaticano", "fr": "Vatican"}, "the map shows the territory, not the Holy See"},
	{"USA", n{"en": "United States", "fr": "États-Unis"}, "short name"},
	{"MKD", n{"en": "North Macedonia", "pt": "Macedônia do Norte"}, "short name, not 'The Republic of'; Brazilian spelling"},
	{"GMB", n{"en": "The Gambia"}, "short name, not 'Republic of'"},
	{"BRN", n{"en": "Brunei", "es": "Brunéi", "fr": "Brunei"}, "short name, not 'Darussalam'"},
	{"CIV", n{"en": "Côte d'Ivoire", "fr": "Côte d'Ivoire"}, "the default drops the accent"},
	{"COD", n{"es": "República Democrática del Congo", "pt": "República Democrática do Congo"}, "Spanish reads badly inverted ('Congo (República Democrática del)'); the package swaps the two Congos in Portuguese"},
	{"VIR", n{"en": "U.S. Virgin Islands", "fr": "Îles Vierges des États-Unis"}, "reads badly inverted ('Virgin Islands, U.S.'); French capitalisation; the common form"},
	{"VGB", n{"en": "British Virgin Islands", "fr": "Îles Vierges britanniques"}, "reads badly inverted ('Virgin Islands, British'); French capitalisation"},
	{"PCN", n{"en": "Pitcairn Islands", "es": "Islas Pitcairn"}, "the islands, as the atlas draws them"},
	{"SHN", n{"es": "Santa Elena", "ru": "Остров Святой Елены"}, "the atlas feature is Saint Helena alone"},
	{"TLS", n{"es": "Timor Oriental"}, "the common Spanish name"},
	// Portuguese: the package's names are European Portuguese; the map's are Brazil's, the likelier newsroom.
	{"COG", n{"pt": "República do Congo"}, "the package swaps the two Congos in Portuguese"},
	{"ARM", n{"pt": "Armênia"}, "Brazilian spelling"},
	{"CYM", n{"pt": "Ilhas Cayman"}, "Brazilian form"},
	{"CZE", n{"pt": "Tchéquia", "fr": "Tchéquie"}, "the short name; French default 'République Tchèque' is the long form, wrongly capitalised"},
	{"EST", n{"pt": "Estônia"}, "Brazilian spelling"},
	{"GRL", n{"pt": "Groenlândia"}, "Brazilian spelling"},
	{"KEN", n{"pt": "Quênia"}, "Brazilian spelling"},
	{"KWT", n{"pt": "Kuwait"}, "Brazilian form"},
	{"LVA", n{"pt": "Letônia"}, "Brazilian spelling"},
	{"MCO", n{"pt": "Mônaco"}, "Brazilian spelling"},
	{"MDG", n{"pt": "Madagascar"}, "Brazilian spelling"},
	{"MUS", n{"pt": "Maurício"}, "Brazilian form"},
	{"NCL", n{"pt": "Nova Caledônia"}, "Brazilian spelling"},
	{"POL", n{"pt": "Polônia"}, "Brazilian spelling"},
	{"ROU", n{"pt": "Romênia"}, "Brazilian spelling"},
	{"SVN", n{"pt": "Eslovênia"}, "Brazilian spelling"},
	{"VNM", n{"pt": "Vietnã"}, "Brazilian form"},
	{"YEM", n{"pt": "Iêmen"}, "Brazilian spelling"},
	{"BEN", n{"pt": "Benin"}, "Brazilian form"},
	{"KNA", n{"pt": "São Cristóvão e Névis"}, "Brazilian spelling"},
	{"MSR", n{"pt": "Montserrat"}, "Brazilian form"},
	{"MMR", n{"pt": "Mianmar"}, "the short name, without the alternative in brackets"},
	{"MAF", n{"pt": "São Martinho (parte francesa)"}, "the package gives both halves of the island the same Portuguese name"},
	{"SXM", n{"pt": "São Martinho (parte neerlandesa)"}, "the package gives both halves of the island the same Portuguese name"},
	// French: short names, and the capitals French writes (adjectives in lower case).
	{"SWZ", n{"fr": "Eswatini"}, "short name, not 'Royaume d'Eswatini'"},
	{"CAF", n{"fr": "République centrafricaine"}, "French capitalisation"},
	{"DOM", n{"fr": "République dominicaine"}, "French capitalisation"},
	{"ARE", n{"fr": "Émirats arabes unis"}, "French capitalisation"},
	{"SAU", n{"fr": "Arabie saoudite"}, "French capitalisation"},
	{"IOT", n{"fr": "Territoire britannique de l'océan Indien"}, "the default 'Océan Indien Britannique' names the ocean, not the territory"},
}

// names reads the names in langs for the given alpha-3 codes from an
// installed i18n-iso-countries package and applies the overrides. Every
// code must end with a name in every language, or it is an error naming
// what is missing.
func names(pkgDir string, codes, langs []string) (map[string][]string, error) {
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
	out := map[string][]string{}
	var missing []string
	for _, code := range codes {
		n := make([]string, len(langs))
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
			for i, l := range langs {
				if s := o.names[l]; s != "" {
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
