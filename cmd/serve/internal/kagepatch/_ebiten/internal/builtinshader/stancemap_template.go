//go:build !stancemapgen

// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch). shader.go's template is
// parsed with stancemapParse instead of text/template, whose reflection
// (methods looked up by name) keeps every exported method of the program
// in the wasm: 3 MB of it. The sources the template makes were made when
// the wasm was built, with text/template, into stancemapSources.

package builtinshader

import (
	"fmt"
	"io"
	"reflect"
)

type stancemapTemplate struct{}

func stancemapParse(string) stancemapTemplate { return stancemapTemplate{} }

// Execute writes the source made for data's Filter, Address and UseColorM.
func (stancemapTemplate) Execute(w io.Writer, data any) error {
	v := reflect.ValueOf(data)
	f, a := v.FieldByName("Filter").Int(), v.FieldByName("Address").Int()
	c := 0
	if v.FieldByName("UseColorM").Bool() {
		c = 1
	}
	if f < 0 || f >= FilterCount || a < 0 || a >= AddressCount {
		return fmt.Errorf("builtinshader: no source made for filter %d, address %d", f, a)
	}
	_, err := io.WriteString(w, stancemapSources[f][a][c])
	return err
}
