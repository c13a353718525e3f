package poster

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/stancemap/stancemap/data"
	"github.com/stancemap/stancemap/geo"
	"github.com/stancemap/stancemap/widget/atlas"
	"github.com/stancemap/stancemap/widget/compose"
	"github.com/stancemap/stancemap/widget/i18n"
	"github.com/stancemap/stancemap/widget/layout"
	"github.com/stancemap/stancemap/widget/words"
)

// The poster's data files, beside the posters: what the embed page's
// poster script (poster.js) needs to step through the posters and name the
// country under the pointer before the wasm runs, fetched after the poster
// is painted, never before; and the text alternatives of the languages
// other than the story's own, which embed.html fetches for a reader of
// one (the story's language is inlined: see AltScript). Their names are
// patterns the manifest carries (Manifest.Data), filled as the posters' are.
const (
	tipsPattern = "{dir}/tips.{lang}.json" // Tips: one language's words
	idsPattern  = "{dir}/ids.{width}.json" // IDData: one width's boxes and id images
	altPattern  = "{dir}/alt.{lang}.json"  // AltData: one language's text alternatives, by step
)

// AltData is lang's text alternatives of the steps' posters as a JSON
// array of strings.
func AltData(m Manifest, lang string) ([]byte, error) {
	alt, ok := m.Alt[lang]
	if !ok {
		return nil, fmt.Errorf("poster alt: no text alternatives in %q", lang)
	}
	out, err := json.Marshal(alt)
	if err != nil {
		return nil, fmt.Errorf("poster alt %s: %w", lang, err)
	}
	return out, nil
}

// DataName is a data file's name: pattern filled with dir and key (a
// language for tips, a width for ids).
func DataName(pattern, dir, key string) string {
	return strings.NewReplacer("{dir}", dir, "{lang}", key, "{width}", key).Replace(pattern)
}

// TipsFile is one language's words for the poster script, all worded by
// Go (package words and i18n): the controls' labels, each step's date and
// announcement, each country's name, and per step and country what its
// tooltip says under the name and what is announced when it is tapped.
type TipsFile struct {
	UI    map[string]string `json:"ui"`
	Steps []TipStep         `json:"steps"`
	Codes []string          `json:"codes"` // by id image index - 1 (world order); "" for a hidden one
	Names []string          `json:"names"` // the same, in the language
	// Text is every tooltip line and announcement once; Tips[step] holds
	// three indices into it per country (Codes' order): the side line, the
	// since line (-1 for none) and the announcement, whose "{name}" the
	// page fills with the country's name.
	Text []string  `json:"text"`
	Tips [][]int32 `json:"tips"`
}

// TipStep is a step as the poster's controls show it.
type TipStep struct {
	Date     string `json:"date"`     // i18n.Date: "23 Jan 2019"
	Position string `json:"position"` // "Step 3 of 8"
	Announce string `json:"announce"` // words.StepAnnouncement
}

// Tips makes lang's TipsFile as JSON.
func Tips(story *data.Story, world *geo.World, lang string) ([]byte, error) {
	w := words.New(story, world, lang)
	l := w.Lang()
	f := TipsFile{UI: map[string]string{}}
	for _, k := range []string{"prevStep", "nextStep", "loadMap", "slider", "map"} {
		f.UI[k] = i18n.T(l, k)
	}
	for i, e := range story.Events {
		f.Steps = append(f.Steps, TipStep{
			Date:     i18n.Date(l, e.Date),
			Position: i18n.F(l, "stepOf", i+1, len(story.Events)),
			Announce: w.StepAnnouncement(i),
		})
	}
	text := map[string]int32{}
	intern := func(s string) int32 {
		if s == "" {
			return -1
		}
		if i, ok := text[s]; ok {
			return i
		}
		text[s] = int32(len(f.Text))
		f.Text = append(f.Text, s)
		return text[s]
	}
	for _, c := range world.Countries {
		if atlas.Hidden(c.Code) {
			f.Codes, f.Names = append(f.Codes, ""), append(f.Names, "")
			continue
		}
		f.Codes, f.Names = append(f.Codes, c.Code), append(f.Names, w.Name(c.Code))
	}
	for i := range story.Events {
		row := make([]int32, 0, 3*len(f.Codes))
		for k, code := range f.Codes {
			if code == "" {
				row = append(row, -1, -1, -1)
				continue
			}
			label, since, _, _ := w.TipSide(i, code)
			say := strings.Replace(w.CountryAnnouncement(i, code), f.Names[k], "{name}", 1)
			row = append(row, intern(label), intern(since), intern(say))
		}
		f.Tips = append(f.Tips, row)
	}
	b, err := json.Marshal(f)
	if err != nil {
		return nil, fmt.Errorf("poster tips %s: %w", lang, err)
	}
	return b, nil
}

// IDFile is one poster width's layouts and id images: Layouts[lang][step]
// are the boxes of the poster of that step and language (the map box
// moves with the caption's length) and the key of its map's id image in
// IDs (its size: one image serves every map box of a size).
type IDFile struct {
	Layouts map[string][]PosterLayout `json:"layouts"`
	IDs     map[string]IDImage        `json:"ids"`
}

// PosterLayout is a poster's boxes and its id image's key.
type PosterLayout struct {
	layout.Boxes
	IDs string `json:"ids"`
}

// IDData makes width's IDFile as JSON, for posters drawn at heights.
func IDData(story *data.Story, world *geo.World, heights Heights, width int) ([]byte, error) {
	f := IDFile{Layouts: map[string][]PosterLayout{}, IDs: map[string]IDImage{}}
	for _, lang := range story.Langs {
		for i := range story.Events {
			b := compose.StillBoxes(story, world, compose.StillOptions{Event: i, Lang: lang, W: float64(width), H: heights.For(lang, width)})
			key := MapKey(b.Map)
			f.Layouts[lang] = append(f.Layouts[lang], PosterLayout{Boxes: b, IDs: key})
			if _, ok := f.IDs[key]; !ok {
				f.IDs[key] = IDs(story, world, b.Map.W, b.Map.H, idCell(width))
			}
		}
	}
	out, err := json.Marshal(f)
	if err != nil {
		return nil, fmt.Errorf("poster ids %d: %w", width, err)
	}
	return out, nil
}

// MapKey names a map box's id image by its size.
func MapKey(b layout.Box) string {
	return strconv.FormatFloat(b.W, 'f', -1, 64) + "x" + strconv.FormatFloat(b.H, 'f', -1, 64)
}

// dataFiles makes every data file of story in the folder dir.
func dataFiles(story *data.Story, world *geo.World, heights Heights, m Manifest, dir string) ([]File, error) {
	var files []File
	for _, lang := range story.Langs {
		b, err := Tips(story, world, lang)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: DataName(tipsPattern, dir, lang), Data: b})
		if b, err = AltData(m, lang); err != nil {
			return nil, err
		}
		files = append(files, File{Name: DataName(altPattern, dir, lang), Data: b})
		if b, err = HeightsData(story, world, lang); err != nil {
			return nil, err
		}
		files = append(files, File{Name: DataName(heightsPattern, dir, lang), Data: b})
	}
	for _, w := range Widths {
		b, err := IDData(story, world, heights, w)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: DataName(idsPattern, dir, strconv.Itoa(w)), Data: b})
	}
	return files, nil
}
