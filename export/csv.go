package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/stancemap/stancemap/data"
)

// WriteCSV writes the state at event as CSV: the header
// code,name,side,since,uncertain,sources,standing and one row per code, in
// the order given. A code with no stance gets side "none" and empty since,
// uncertain and sources; sources are joined by ";". standing is the side of
// a country's standing position (data.Story.Standing) where it has one, else
// empty. name may be nil.
func WriteCSV(w io.Writer, s *data.Story, event int, codes []string, name func(code string) string) error {
	if s == nil {
		return fmt.Errorf("export: WriteCSV: no story")
	}
	if event < 0 || event >= len(s.Events) {
		return fmt.Errorf("export: WriteCSV: event %d out of range [0, %d)", event, len(s.Events))
	}
	stances, standing := s.Stances(event), s.Standing(event)
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"code", "name", "side", "since", "uncertain", "sources", "standing"}); err != nil {
		return err
	}
	for _, code := range codes {
		n := ""
		if name != nil {
			n = name(code)
		}
		row := []string{code, n, "none", "", "", "", ""}
		if st, ok := stances[code]; ok {
			row[2] = st.Side
			row[3] = st.Since.Format(time.DateOnly)
			row[4] = fmt.Sprint(st.Uncertain)
			row[5] = strings.Join(st.Sources, ";")
		} else if st, ok := standing[code]; ok {
			row[6] = st.Side
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
