package style

import (
	"reflect"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/i18n"
)

// printable is what any text may use beside its letters: digits and the
// punctuation of numbers, dates and lists.
const printable = " 0123456789.,:;!?()[]-–—·•…%/+×'\"«»“”‘’\u00a0"

// Text returns every text a font must cover to set the story: all of its
// text in every language (found by walking the loaded story, so a new
// field is never forgotten), the widget's own words, the names of every
// country in every language, digits and punctuation.
func Text(story *data.Story, world *geo.World) string {
	var b strings.Builder
	b.WriteString(printable)
	b.WriteString(i18n.All())
	if world != nil {
		langs := world.NameLangs()
		for _, c := range world.Countries {
			for _, l := range langs {
				b.WriteString(world.Name(c.Code, l))
				b.WriteByte('\n')
			}
		}
	}
	if story != nil {
		collect(&b, reflect.ValueOf(story).Elem())
	}
	return b.String()
}

// collect writes every string reachable from v through exported fields,
// slices, arrays, maps and pointers.
func collect(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		b.WriteString(v.String())
		b.WriteByte('\n')
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			collect(b, v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			collect(b, v.Index(i))
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			collect(b, it.Value())
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if t.Field(i).IsExported() {
				collect(b, v.Field(i))
			}
		}
	}
}
