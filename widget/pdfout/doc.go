// Package pdfout writes a scene.Scene as a one-page vector PDF with
// codeberg.org/go-pdf/fpdf (the maintained continuation of the archived
// github.com/go-pdf/fpdf): paths, patterns, circles, rounded rectangles and
// real text in the Go fonts, embedded as subsets so Cyrillic renders. It is
// for the native exporter only: fpdf never enters the WebAssembly build,
// which imports neither this package nor package export (export's tests
// check).
package pdfout
