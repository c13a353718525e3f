package widget

// PreferredHeight is layout.PreferredHeight for this widget's story and
// language, asked of the widget's own planner (its wrapped captions are
// shared, not made again).
func (w *Widget) PreferredHeight(width float64) float64 {
	return w.plan.PreferredHeight(width)
}
