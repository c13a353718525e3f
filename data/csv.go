package data

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteCSV writes the state at event as CSV: the header
// code,name,side,since,uncertain,sources and one row per code, in the order
// given. A code with no stance gets side "none" and empty since, uncertain
// and sources; sources are joined by ";". name may be nil.
func WriteCSV(w io.Writer, s *Story, event int, codes []string, name func(code string) string) error {
	if s == nil {
		return fmt.Errorf("data: WriteCSV: no story")
	}
	if event < 0 || event >= len(s.Events) {
		return fmt.Errorf("data: WriteCSV: event %d out of range [0, %d)", event, len(s.Events))
	}
	stances := s.Stances(event)
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"code", "name", "side", "since", "uncertain", "sources"}); err != nil {
		return err
	}
	for _, code := range codes {
		n := ""
		if name != nil {
			n = name(code)
		}
		row := []string{code, n, "none", "", "", ""}
		if st, ok := stances[code]; ok {
			row[2] = st.Side
			row[3] = st.Since.Format(time.DateOnly)
			row[4] = fmt.Sprint(st.Uncertain)
			row[5] = strings.Join(st.Sources, ";")
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
