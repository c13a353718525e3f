package embedcfg

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestParseMessage(t *testing.T) {
	tests := []struct {
		data   string
		want   Set
		ok     bool
		errHas string
	}{
		{`{"type":"stancemap:set","event":"2019-01-23"}`, Set{Event: "2019-01-23"}, true, ""},
		{`{"type":"stancemap:set","event":3}`, Set{Index: 3, EventIsIndex: true}, true, ""},
		{`{"type":"stancemap:set","event":0,"country":"Brazil","region":"americas"}`,
			Set{Index: 0, EventIsIndex: true, Country: "Brazil", Region: "americas"}, true, ""},
		{`{"type":"stancemap:set","country":"RUS","event":null}`, Set{Country: "RUS"}, true, ""},
		{`{"type":"stancemap:set"}`, Set{}, true, "give event"},
		{`{"type":"stancemap:set","event":1.5}`, Set{}, true, "not a step index"},
		{`{"type":"stancemap:set","event":-1}`, Set{}, true, "not a step index"},
		{`{"type":"stancemap:set","country":{"a":1}}`, Set{}, true, "must be a string"},
		{`{"type":"stancemap:eventchange","event":"x","index":1}`, Set{}, false, ""},
		// Height messages: TestHeightMessages.
		{`not json`, Set{}, false, ""},
		// Past MaxMessage bytes a message is not read at all.
		{`{"type":"stancemap:set","event":"2019-01-23","pad":"` + strings.Repeat("x", MaxMessage) + `"}`, Set{}, false, ""},
		{``, Set{}, false, ""},
	}
	for _, tt := range tests {
		got, ok, err := ParseMessage(tt.data)
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseMessage(%s) = %+v, %v, want %+v, %v", tt.data, got, ok, tt.want, tt.ok)
		}
		if (err != nil) != (tt.errHas != "") || (err != nil && !strings.Contains(err.Error(), tt.errHas)) {
			t.Errorf("ParseMessage(%s) error %v, want one containing %q", tt.data, err, tt.errHas)
		}
	}
}

func TestReports(t *testing.T) {
	b, _ := json.Marshal(EventChange("guaido-claim", "2019-01-23", 2))
	if string(b) != `{"date":"2019-01-23","event":"guaido-claim","index":2,"type":"stancemap:eventchange"}` {
		t.Errorf("EventChange: %s", b)
	}
	b, _ = json.Marshal(CountryClick("BRA", "Brasil"))
	if string(b) != `{"code":"BRA","name":"Brasil","type":"stancemap:countryclick"}` {
		t.Errorf("CountryClick: %s", b)
	}
}

func BenchmarkParseMessage(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ParseMessage(`{"type":"stancemap:set","event":"2019-01-23","country":"Brazil"}`)
	}
}
