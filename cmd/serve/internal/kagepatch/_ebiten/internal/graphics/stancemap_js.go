//go:build js

// This file is stancemap's, added to a copy of Ebiten for the browser
// build only (see cmd/serve/internal/kagepatch), where Ebiten's shader.go
// is left out: instead of compiling Kage in the page (go/parser and
// Ebiten's compiler, the wasm's largest start-up work), the programs the
// widget uses are compiled when the wasm is built and looked up here by
// their source. A source not compiled then is an error, which Ebiten's
// callers report like a compile error.

package graphics

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/internal/shaderir"
)

// CompileShader returns the program compiled at build time from
// fragmentSrc.
func CompileShader(fragmentSrc []byte) (*shaderir.Program, error) {
	key := shaderir.CalcSourceHash(fragmentSrc)
	b, ok := stancemapPrograms[key]
	if !ok {
		return nil, fmt.Errorf("graphics: this build has no precompiled shader for the source %s (its shaders are compiled with the wasm; Kage is not compiled in the page)", key)
	}
	p, err := StancemapDecodeShell([]byte(b))
	if err != nil {
		return nil, fmt.Errorf("graphics: the precompiled shader %s: %w", key, err)
	}
	return p, nil
}

// CalcSourceHash returns the hash of the completed source of a
// precompiled shader.
func CalcSourceHash(fragmentSrc []byte) (shaderir.SourceHash, error) {
	p, err := CompileShader(fragmentSrc)
	if err != nil {
		return shaderir.SourceHash{}, err
	}
	return p.SourceHash, nil
}
