//go:build js || stancemapgen

// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch). It writes and reads the
// part of a compiled Kage program (shaderir.Program) that the browser's
// OpenGL driver reads once the GLSL is written ahead: the uniforms'
// names and types, the attributes, varyings, texture count, unit and
// source hash, and which uniforms the program's code reaches (Ebiten's
// FilterUniformVariables zeroes the others, so that more draw calls
// merge). The functions' bodies stay out: reading them back in the page
// took go/constant, math/big and a reflective decoder that V8 optimised
// on every first visit.

package graphics

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/internal/shaderir"
)

// StancemapEncodeShell writes p's shell: what StancemapDecodeShell
// needs to give a program that the driver treats as p, its GLSL looked
// up by its source hash. It calls p.FilterUniformVariables, as Ebiten's
// first draw with p would.
func StancemapEncodeShell(p *shaderir.Program) []byte {
	var b []byte
	b = appendLen(b, len(p.UniformNames), p.UniformNames == nil)
	for _, s := range p.UniformNames {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = appendTypes(b, p.Uniforms)
	b = binary.AppendUvarint(b, uint64(p.TextureCount))
	b = appendTypes(b, p.Attributes)
	b = appendTypes(b, p.Varyings)
	b = binary.AppendUvarint(b, uint64(p.Unit))
	b = append(b, p.SourceHash[:]...)
	// A uniform is reached when FilterUniformVariables keeps its first
	// word.
	n := 0
	for _, t := range p.Uniforms {
		n += t.Uint32Count()
	}
	words := make([]uint32, n)
	for i := range words {
		words[i] = 1
	}
	p.FilterUniformVariables(words)
	var reached []int
	at := 0
	for i, t := range p.Uniforms {
		if t.Uint32Count() > 0 && words[at] == 1 {
			reached = append(reached, i)
		}
		at += t.Uint32Count()
	}
	b = binary.AppendUvarint(b, uint64(len(reached)))
	for _, i := range reached {
		b = binary.AppendUvarint(b, uint64(i))
	}
	return b
}

// appendLen writes a slice's length, telling nil from empty: nil is 0,
// n items n+1.
func appendLen(b []byte, n int, isNil bool) []byte {
	if isNil {
		return binary.AppendUvarint(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

func appendTypes(b []byte, ts []shaderir.Type) []byte {
	b = appendLen(b, len(ts), ts == nil)
	for _, t := range ts {
		b = binary.AppendUvarint(b, uint64(t.Main))
		b = binary.AppendUvarint(b, uint64(t.Length))
		b = appendTypes(b, t.Sub)
	}
	return b
}

// StancemapDecodeShell reads what StancemapEncodeShell wrote. The
// program's one body is a statement that names each uniform the original
// reached, and nothing else reads a body once the GLSL is written.
func StancemapDecodeShell(b []byte) (*shaderir.Program, error) {
	d := shellDecoder{b: b}
	p := &shaderir.Program{}
	if n := d.count(); n > 0 {
		p.UniformNames = make([]string, n-1)
		for i := range p.UniformNames {
			p.UniformNames[i] = d.string()
		}
	}
	p.Uniforms = d.types(0)
	p.TextureCount = d.int()
	p.Attributes = d.types(0)
	p.Varyings = d.types(0)
	p.Unit = shaderir.Unit(d.int())
	if len(d.b) < len(p.SourceHash) {
		d.err = errTruncated
	}
	if d.err == nil {
		copy(p.SourceHash[:], d.b)
		d.b = d.b[len(p.SourceHash):]
	}
	reached := make([]shaderir.Expr, d.count())
	for i := range reached {
		reached[i] = shaderir.Expr{Type: shaderir.UniformVariable, Index: d.int()}
		if d.err == nil && reached[i].Index >= len(p.Uniforms) {
			d.err = fmt.Errorf("uniform %d of %d", reached[i].Index, len(p.Uniforms))
		}
	}
	p.VertexFunc.Block = &shaderir.Block{Stmts: []shaderir.Stmt{{Type: shaderir.ExprStmt, Exprs: reached}}}
	if d.err == nil && len(d.b) != 0 {
		d.err = fmt.Errorf("%d bytes left over", len(d.b))
	}
	if d.err != nil {
		return nil, fmt.Errorf("decode shader program: %w", d.err)
	}
	return p, nil
}

var errTruncated = errors.New("truncated")

// shellDecoder reads varints and strings; after the first error it reads
// zeros, and err says what went wrong.
type shellDecoder struct {
	b   []byte
	err error
}

func (d *shellDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errTruncated
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *shellDecoder) int() int {
	x := d.uvarint()
	if x > 1<<30 {
		if d.err == nil {
			d.err = fmt.Errorf("a number out of range (%d)", x)
		}
		return 0
	}
	return int(x)
}

// count is a length that cannot pass the bytes left, each item taking
// one at least.
func (d *shellDecoder) count() int {
	n := d.int()
	if n > len(d.b) {
		if d.err == nil {
			d.err = fmt.Errorf("%d items in %d bytes", n, len(d.b))
		}
		return 0
	}
	return n
}

func (d *shellDecoder) string() string {
	n := d.count()
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// types reads a slice of types, nil as nil (see appendLen).
func (d *shellDecoder) types(depth int) []shaderir.Type {
	n := d.count()
	if n == 0 || d.err != nil {
		return nil
	}
	if depth > 16 {
		d.err = errors.New("types nested too deep")
		return nil
	}
	ts := make([]shaderir.Type, n-1)
	for i := range ts {
		ts[i].Main = shaderir.BasicType(d.int())
		ts[i].Length = d.int()
		ts[i].Sub = d.types(depth + 1)
	}
	return ts
}
