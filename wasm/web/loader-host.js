// loader-host.js talks to the page that frames the embed: it names the
// embed (the id its host listens for), sizes the body (the widget's box)
// to the widget's preferred height at the frame's width, and tells the
// host the frame's height in the messages hosts listen for, from the
// poster on; it answers pym.js's width messages too. How the id is read
// and what the messages look like are Go's (embedcfg.PageRules, as
// window.STANCEMAP_EMBED); this script applies them.
//
// stancemap.heightFor(width) is the preferred height: the page's exact
// table where it has one (pick.exactFor), else the wasm's own search
// (stancemap.searchHeight) once it runs, else the page's interpolated
// table.
(function () {
  'use strict';
  var L = window.stancemapLoader;
  if (!L) return;
  var pick = L.pick, stancemap = window.stancemap, C = window.STANCEMAP_EMBED;
  var root = document.documentElement;
  var body = document.body;
  var BAR = 28; // #bar's height: the host frame is the widget plus this row

  var embedID = readEmbedID();
  stancemap.barHeight = BAR;
  stancemap.id = embedID;
  stancemap.heightFor = function (w) {
    // The table is the page's language's; the wasm says which it shows.
    var same = !stancemap.lang || stancemap.lang === pick.lang;
    var h = same && pick.exactFor ? pick.exactFor(w) : 0;
    if (h > 0) return h;
    if (stancemap.searchHeight) return stancemap.searchHeight(w);
    return pick.heightFor ? pick.heightFor(w) : 0;
  };
  stancemap.postHeight = postHeight;
  stancemap.resize = sizeTo;

  // readEmbedID is the id the host listens for in height messages:
  // embedcfg.ParsePage's. A bad value is ignored with a warning.
  function readEmbedID() {
    var id = C.defaultID, ok = new RegExp(C.idPattern);
    C.idParams.forEach(function (k) {
      var v = pick.param(k);
      if (v === null) return;
      if (ok.test(v)) id = v;
      else console.warn('stancemap: ignoring ' + k + '=' + JSON.stringify(v.slice(0, 60)) + ': want ' + C.idWant);
    });
    return id;
  }

  // postHeight sends embedcfg.HeightMessages: the height in each dialect
  // hosts listen for (Datawrapper, pym.js v1, AMP).
  function postHeight(h) {
    if (window.parent === window) return;
    C.heights.forEach(function (t) {
      window.parent.postMessage(pick.fill(t, { id: embedID, height: h }), '*');
    });
  }

  // sizeTo sets the body (the widget's box) to the preferred height at the
  // frame's width and tells the host the whole page's height. It runs on
  // load and on every resize, before Ebiten's own resize listener (it is
  // registered first), so Ebiten reads the new size.
  var lastWidth = -1, lastSent = -1;
  function sizeTo(force) {
    var w = root.clientWidth || window.innerWidth;
    if (w <= 0) return;
    if (w !== lastWidth || force === true) {
      lastWidth = w;
      var h = stancemap.heightFor(w);
      if (h > 0) body.style.height = h + 'px';
    }
    var total = Math.ceil(parseFloat(body.style.height) + BAR);
    if (total !== lastSent || force === true) {
      lastSent = total;
      stancemap.postHeight(total);
    }
  }
  window.addEventListener('resize', sizeTo);
  window.addEventListener('load', function () { sizeTo(true); });
  sizeTo(true);

  // pym.js's Parent sends "pymxPYMx<id>xPYMxwidthxPYMx<px>" when its page
  // resizes; its Child answers with the height. So does this, from the
  // frame's own width (which the parent's resize has already changed),
  // to the window that frames the embed only.
  var pymWidth = pick.fill(C.pymWidth, { id: embedID });
  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || window.parent === window || typeof e.data !== 'string') return;
    if (e.data.length < 200 && e.data.lastIndexOf(pymWidth, 0) === 0 && /^\d{1,6}$/.test(e.data.slice(pymWidth.length))) sizeTo(true);
  });
})();
