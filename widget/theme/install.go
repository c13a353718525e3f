package theme

import "sync/atomic"

// looks holds the light and dark themes Install chose; nil for the defaults.
var looks atomic.Pointer[[2]Theme]

// Install makes ByName return light and dark for the whole process: a
// newsroom's style sets its look once, before anything is drawn. Their
// Names are set to "light" and "dark". It returns a function that puts
// back the themes installed before, for tests.
func Install(light, dark Theme) (restore func()) {
	light.Name, dark.Name = "light", "dark"
	old := looks.Swap(&[2]Theme{light, dark})
	return func() { looks.Store(old) }
}
