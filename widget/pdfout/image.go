package pdfout

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"

	"codeberg.org/go-pdf/fpdf"
	"github.com/stancemap/stancemap/widget/scene"
)

// image places v's PNG file, registered once per document under a name
// made from its contents.
func (p *page) image(v *scene.Image) {
	if len(v.PNG) == 0 || !(v.W > 0) || !(v.H > 0) {
		return
	}
	sum := sha256.Sum256(v.PNG)
	name := "img-" + hex.EncodeToString(sum[:8])
	opt := fpdf.ImageOptions{ImageType: "PNG", ReadDpi: false}
	if p.pdf.GetImageInfo(name) == nil {
		p.pdf.RegisterImageOptionsReader(name, opt, bytes.NewReader(v.PNG))
	}
	p.pdf.ImageOptions(name, p.x(v.X), p.y(v.Y), v.W*p.k, v.H*p.k, false, opt, 0, "")
}
