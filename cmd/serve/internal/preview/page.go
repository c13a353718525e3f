package preview

import (
	"bytes"
	"html/template"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"time"
)

// pageData is what the preview page shows.
type pageData struct {
	Title, Path, At, Took string
	Version               string // versionID
	N                     int    // the version's number
	ReadErr               string
	Problems, Warnings    []string
	Notes                 []string
	Langs, Widths         []choice
	Embed                 string // the iframe's src; "" when the story does not load
	Width                 string // the iframe's CSS width
}

// choice is a link to this page in another language or at another width.
type choice struct {
	Name, Href string
	On         bool
}

// frameWidths are the widths the page offers the embed at: the posters'
// reference widths a reader's phone and article column have, and the page.
var frameWidths = []frameWidth{{"phone", 360}, {"column", 700}, {"page", 0}}

type frameWidth struct {
	name string
	px   int // 0: the page's width
}

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{{.Title}} — stancemap preview</title>
<style>
  body { margin: 0 auto; max-width: 1320px; padding: 12px 20px 40px; font: 14px/1.45 system-ui, sans-serif; color: #1a1a1a; }
  h1 { font-size: 20px; margin: 4px 0; }
  .meta, nav { color: #555; margin: 2px 0; }
  nav a { margin-right: 6px; } nav a[aria-current] { font-weight: 600; color: inherit; text-decoration: none; }
  section { border-left: 4px solid; padding: 4px 12px; margin: 12px 0; }
  section h2 { font-size: 15px; margin: 4px 0; }
  section li { font-family: ui-monospace, monospace; font-size: 12.5px; margin: 3px 0; overflow-wrap: anywhere; }
  .problems { border-color: #c62828; background: #fdf0f0; }
  .warnings { border-color: #b7791f; background: #fdf8ec; }
  details { margin: 8px 0; color: #555; }
  iframe { display: block; border: 0; margin: 12px 0; box-shadow: 0 0 0 1px #ddd; }
</style>
</head>
<body data-version="{{.Version}}">
<header>
<h1>{{.Title}}</h1>
<p class="meta">Preview of <code>{{.Path}}</code> · version {{.N}}, read at {{.At}} in {{.Took}} · this page reloads when the story changes</p>
{{if .Langs}}<nav>Language: {{range .Langs}}<a href="{{.Href}}"{{if .On}} aria-current="true"{{end}}>{{.Name}}</a>{{end}}
· Width: {{range .Widths}}<a href="{{.Href}}"{{if .On}} aria-current="true"{{end}}>{{.Name}}</a>{{end}}</nav>{{end}}
</header>
{{if .ReadErr}}<section class="problems"><h2>The story cannot be read</h2><ul><li>{{.ReadErr}}</li></ul></section>{{end}}
{{with .Problems}}<section class="problems"><h2>{{len .}} problem(s): the map cannot be shown until they are fixed</h2><ul>{{range .}}<li>{{.}}</li>{{end}}</ul></section>{{end}}
{{with .Warnings}}<section class="warnings"><h2>{{len .}} warning(s)</h2><ul>{{range .}}<li>{{.}}</li>{{end}}</ul></section>{{end}}
{{with .Notes}}<details><summary>How the sheets were read</summary><ul>{{range .}}<li>{{.}}</li>{{end}}</ul></details>{{end}}
{{if .Embed}}<iframe src="{{.Embed}}" data-stancemap data-stancemap-link="off" title="The map under preview" style="width:{{.Width}};height:620px" height="620" allow="fullscreen"></iframe>
<script src="stancemap-embed.js" async></script>{{end}}
<script src="_preview/preview.js"></script>
</body>
</html>
`))

// page answers "/": the story's problems and warnings, then the embed,
// at the language, width and step in the page's URL (lang=, w=, event=).
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	v, _ := s.current()
	q := r.URL.Query()
	d := pageData{
		Title: filepath.Base(s.opt.Path), Path: s.opt.Path, Version: s.versionID(v), N: v.n,
		At: v.at.Format(time.TimeOnly), Took: v.took.Round(time.Millisecond).String(), Notes: v.notes,
	}
	if v.readErr != nil {
		d.ReadErr = v.readErr.Error()
	}
	for _, p := range v.report.Problems {
		d.Problems = append(d.Problems, p.String())
	}
	for _, p := range v.report.Warnings {
		d.Warnings = append(d.Warnings, p.String())
	}
	if st := v.report.Story; st != nil && len(d.Problems) == 0 {
		lang := st.Lang
		if l := q.Get("lang"); slices.Contains(st.Langs, l) {
			lang = l
		}
		d.Title = st.Title.In(lang, st.Lang)
		px, _ := strconv.Atoi(q.Get("w"))
		if !slices.ContainsFunc(frameWidths, func(f frameWidth) bool { return f.px == px }) {
			px = 0
		}
		// link is this page with another language or width.
		link := func(lang string, px int) string {
			v := url.Values{"lang": {lang}}
			if px > 0 {
				v.Set("w", strconv.Itoa(px))
			}
			if ev := q.Get("event"); ev != "" {
				v.Set("event", ev)
			}
			return "?" + v.Encode()
		}
		for _, l := range st.Langs {
			d.Langs = append(d.Langs, choice{Name: l, Href: link(l, px), On: l == lang})
		}
		for _, fw := range frameWidths {
			d.Widths = append(d.Widths, choice{Name: fw.name, Href: link(lang, fw.px), On: fw.px == px})
		}
		d.Width = "100%"
		if px > 0 {
			d.Width = strconv.Itoa(px) + "px"
		}
		embed := url.Values{"data": {StoryURL}, "lang": {lang}}
		if ev := q.Get("event"); ev != "" {
			embed.Set("event", ev)
		}
		d.Embed = "embed.html?" + embed.Encode()
	}
	var b bytes.Buffer
	if err := pageTmpl.Execute(&b, d); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	send(w, "text/html; charset=utf-8", b.Bytes())
}
