package export

import (
	"io"

	"github.com/stancemap/stancemap/widget/pdfout"
	"github.com/stancemap/stancemap/widget/scene"
)

func writePDF(w io.Writer, s *scene.Scene, size Size, author string) error {
	return pdfout.Write(w, s, pdfout.Options{PageW: size.PageW, PageH: size.PageH, Author: author})
}
