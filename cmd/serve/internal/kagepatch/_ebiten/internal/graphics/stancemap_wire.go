//go:build js || stancemapgen

// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch). It writes and reads a
// compiled Kage program (shaderir.Program) as bytes, so that the wasm
// carries its shaders compiled instead of Ebiten's shader compiler.

package graphics

import (
	"encoding/binary"
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"reflect"
	"strings"

	"github.com/hajimehoshi/ebiten/v2/internal/shaderir"
)

var constantType = reflect.TypeFor[constant.Value]()

// StancemapEncodeIR writes p's exported fields, depth first: integers as
// varints, a nil pointer or slice as 0 and another as 1 or its length
// plus one, a go/constant value as 0 for nil or its kind plus one and
// its exact text.
func StancemapEncodeIR(p *shaderir.Program) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("encode shader program: %v", r)
		}
	}()
	return encodeValue(nil, reflect.ValueOf(p).Elem()), nil
}

func encodeValue(b []byte, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, 0)
		}
		return encodeValue(append(b, 1), v.Elem())
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() {
				b = encodeValue(b, v.Field(i))
			}
		}
		return b
	case reflect.Slice:
		if v.IsNil() {
			return binary.AppendUvarint(b, 0)
		}
		b = binary.AppendUvarint(b, uint64(v.Len())+1)
		for i := 0; i < v.Len(); i++ {
			b = encodeValue(b, v.Index(i))
		}
		return b
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			b = encodeValue(b, v.Index(i))
		}
		return b
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return binary.AppendVarint(b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return binary.AppendUvarint(b, v.Uint())
	case reflect.Bool:
		if v.Bool() {
			return append(b, 1)
		}
		return append(b, 0)
	case reflect.Float32, reflect.Float64:
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Float()))
	case reflect.String:
		return appendString(b, v.String())
	case reflect.Interface:
		if v.Type() != constantType {
			panic(fmt.Sprintf("a field of type %s", v.Type()))
		}
		if v.IsNil() {
			return append(b, 0)
		}
		c := v.Interface().(constant.Value)
		var s string
		switch c.Kind() {
		case constant.Unknown:
		case constant.Bool:
			s = fmt.Sprint(constant.BoolVal(c))
		case constant.String:
			s = constant.StringVal(c)
		case constant.Int, constant.Float:
			s = c.ExactString()
		default:
			panic(fmt.Sprintf("a constant of kind %s", c.Kind()))
		}
		return appendString(append(b, byte(c.Kind())+1), s)
	}
	panic(fmt.Sprintf("a value of kind %s (%s)", v.Kind(), v.Type()))
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// StancemapDecodeIR reads what StancemapEncodeIR wrote.
func StancemapDecodeIR(b []byte) (p *shaderir.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("decode shader program: %v", r)
		}
	}()
	d := decoder{b: b}
	p = &shaderir.Program{}
	d.value(reflect.ValueOf(p).Elem())
	if len(d.b) != 0 {
		return nil, fmt.Errorf("decode shader program: %d bytes left over", len(d.b))
	}
	return p, nil
}

type decoder struct{ b []byte }

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		panic("truncated")
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		panic("truncated")
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) string() string {
	n := d.uvarint()
	if uint64(len(d.b)) < n {
		panic("truncated")
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if d.byte() == 0 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		d.value(v.Elem())
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() {
				d.value(v.Field(i))
			}
		}
	case reflect.Slice:
		n := d.uvarint()
		if n == 0 {
			return
		}
		if n-1 > uint64(len(d.b)) {
			panic("a slice longer than the data")
		}
		v.Set(reflect.MakeSlice(v.Type(), int(n-1), int(n-1)))
		for i := 0; i < int(n-1); i++ {
			d.value(v.Index(i))
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			d.value(v.Index(i))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, n := binary.Varint(d.b)
		if n <= 0 {
			panic("truncated")
		}
		d.b = d.b[n:]
		v.SetInt(x)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(d.uvarint())
	case reflect.Bool:
		v.SetBool(d.byte() != 0)
	case reflect.Float32, reflect.Float64:
		if len(d.b) < 8 {
			panic("truncated")
		}
		v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(d.b)))
		d.b = d.b[8:]
	case reflect.String:
		v.SetString(d.string())
	case reflect.Interface:
		k := d.byte()
		if k == 0 {
			return
		}
		kind := constant.Kind(k - 1)
		s := d.string()
		var c constant.Value
		switch kind {
		case constant.Unknown:
			c = constant.MakeUnknown()
		case constant.Bool:
			c = constant.MakeBool(s == "true")
		case constant.String:
			c = constant.MakeString(s)
		case constant.Int:
			c = constant.MakeFromLiteral(s, token.INT, 0)
		case constant.Float:
			if num, den, ok := strings.Cut(s, "/"); ok {
				c = constant.BinaryOp(constant.MakeFromLiteral(num, token.INT, 0), token.QUO, constant.MakeFromLiteral(den, token.INT, 0))
			} else {
				c = constant.MakeFromLiteral(s, token.FLOAT, 0)
			}
		}
		if c == nil || c.Kind() != kind {
			panic(fmt.Sprintf("constant %q is not of kind %s", s, kind))
		}
		v.Set(reflect.ValueOf(c))
	default:
		panic(fmt.Sprintf("a value of kind %s (%s)", v.Kind(), v.Type()))
	}
}
