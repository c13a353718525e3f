// poster.js makes the poster answer before the wasm runs, and for good
// where it cannot (no WebAssembly, no WebGL 2, a context lost twice) or is
// not wanted yet (data saver): the reader steps through the posters with
// buttons under the map or the keys ←/→/Home/End, and a hovered or tapped
// country is named in a tooltip. Nothing here is worded or measured in
// JavaScript: the steps, names, sides, sentences and the posters' boxes
// come from Go at build time (the manifest, window.STANCEMAP_POSTERS, and
// its data files, fetched once the poster is painted); the country under
// the pointer is read from the poster's id image (run-length rows of
// country indices over its map box), never from the poster's pixels. Once
// the live map is on screen these controls step aside; it starts at the
// step chosen here.
(function () {
  'use strict';
  var pick = window.stancemapPick, M = window.STANCEMAP_POSTERS, C = window.STANCEMAP_EMBED;
  var sm = window.stancemap, L = window.stancemapLoader;
  // No poster (a data= story, or the page's own script failed); static=1,
  // which stays a plain picture; or a refused data= story, whose place the
  // bundle's poster only holds (its note says why).
  if (!pick || !pick.img || !M || !M.data || !sm || !L || pick.isStatic || pick.refused) return;
  var img = pick.img, body = document.body, main = document.querySelector('main') || body;
  var at = pick.event, n = M.events.length;
  var tips = null, lay = null, ids = null, rows = {};
  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, id, parent, before) {
    var e = document.createElement(tag);
    if (id) e.id = id;
    parent.insertBefore(e, before || null);
    return e;
  };
  sm.event = M.events[at].id;
  sm.posterStep = true; // loader-page.js words its note by it
  var settled = function () { sm.posterPending = false; };
  img.addEventListener('load', settled);
  img.addEventListener('error', settled);
  var timings = sm.timings || {};

  // posterName is a poster's file name (poster.Name's pattern).
  function posterName(i, theme, scale) {
    return pick.fill(M.names[scale], { dir: M.dir, event: M.events[i].id, lang: pick.lang, theme: theme, width: pick.ref });
  }
  function srcset(i, theme) { return posterName(i, theme, 1) + ' 1x, ' + posterName(i, theme, 2) + ' 2x'; }
  var theme = pick.theme === 'dark' ? 'dark' : 'light';

  // show puts step i's poster in place; the old one stays until the new
  // one is decoded (the browser keeps it), so nothing blinks.
  function show(i) {
    pick.shown = i; // for embed.html's text alternative, if it arrives later
    sm.posterPending = true; // until it has loaded: loader.js holds the wasm's start for it
    if (pick.source) pick.source.srcset = srcset(i, 'dark');
    img.srcset = srcset(i, theme);
    img.src = posterName(i, theme, 1);
    var alt = window.STANCEMAP_ALT && window.STANCEMAP_ALT[pick.lang];
    if (alt) {
      img.alt = alt[i] || '';
      $('alt').textContent = alt[i] || '';
    }
  }
  // preload asks for the neighbours' posters once the reader has stepped,
  // so the next step shows at once. Not before: a reader who waits for the
  // live map would download two posters for nothing (~50 KB at 1×).
  function preload() {
    [at - 1, at + 1].forEach(function (i) {
      if (i >= 0 && i < n) {
        var p = new Image();
        p.srcset = srcset(i, pick.isDark() ? 'dark' : 'light');
      }
    });
  }

  // go shows step i as the reader chose it: the poster, the text
  // alternative and the announcement, window.stancemap.event, the frame's
  // URL (the wasm starts at its event=), and the eventchange report.
  function go(i) {
    i = Math.max(0, Math.min(n - 1, i));
    if (i === at || sm.state === 'live') return;
    at = i;
    var e = M.events[i];
    if (timings.posterStepAt === undefined) {
      timings.posterStepAt = performance.now();
      img.addEventListener('load', function () {
        requestAnimationFrame(function () { timings.posterStepShownAt = performance.now(); });
      }, { once: true });
    }
    show(i);
    sm.event = e.id;
    try {
      var u = new URL(location.href);
      u.searchParams.set('event', e.id);
      history.replaceState(history.state, '', u.href);
    } catch (err) { /* an opaque frame: the wasm is told at live instead */ }
    if (window.parent !== window) {
      window.parent.postMessage(pick.fill(C.eventChange, { event: e.id, date: e.date, index: i }), '*');
    }
    hideTip();
    setLayout();
    sync();
    if (tips) say(tips.steps[i].announce);
    preload();
  }

  function say(text) { $('announce').textContent = text; }

  // The keys step the poster when the frame has focus, as they step the
  // live map; a key meant for a field or a button's own use is left alone.
  document.addEventListener('keydown', function (e) {
    if (sm.state === 'live' || e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target && e.target.tagName;
    if (t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT') return;
    var to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) {
      if (e.key === 'Escape') hideTip();
      return;
    }
    e.preventDefault();
    go(to);
  });

  // The controls: previous, the step's date, next; and, in data-saver
  // mode, the button that loads the live map.
  var bar = $('bar'), steps, prev, date, next, load;
  function controls() {
    var ui = tips.ui;
    steps = el('span', 'steps', bar, $('note'));
    steps.setAttribute('role', 'group');
    steps.setAttribute('aria-label', ui.slider);
    prev = el('button', 'step-prev', steps);
    date = el('span', 'step-date', steps);
    next = el('button', 'step-next', steps);
    [[prev, ui.prevStep, '‹', -1], [next, ui.nextStep, '›', 1]].forEach(function (b) {
      b[0].type = 'button';
      b[0].setAttribute('aria-label', b[1]);
      b[0].title = b[1];
      b[0].textContent = b[2];
      b[0].addEventListener('click', function () { go(at + b[3]); });
    });
    if (pick.waitForReader && !pick.wasm) {
      load = el('button', 'load-map', bar, $('note'));
      load.type = 'button';
      var mb = window.STANCEMAP_WASM_BYTES;
      load.textContent = ui.loadMap + (mb > 0 ? ' (' + (mb / 1048576).toLocaleString(pick.lang, { maximumFractionDigits: 1 }) + ' MB)' : '');
      load.addEventListener('click', function () {
        pick.asked = true;
        load.hidden = true;
        next.focus();
        pick.start();
      });
    }
    sync();
  }
  // sync shows the step in the controls.
  function sync() {
    if (!steps) return;
    var s = tips.steps[at];
    date.textContent = s.date;
    steps.title = s.position;
    prev.disabled = at === 0;
    next.disabled = at === n - 1;
  }

  // The tooltip names the country under the pointer: the poster's layout
  // places its map box (it moves with the caption), the id image says
  // which country is in each cell of it.
  var tip = el('div', 'tip', main);
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  var pinned = false;
  function hideTip() {
    tip.hidden = true;
    pinned = false;
  }
  function setLayout() {
    lay = ids && ids.layouts[pick.lang] && ids.layouts[pick.lang][at];
  }
  // posterPoint is the event's point in the poster's layout px: the image
  // is scaled to fit the body (object-fit: contain), at its top centre.
  function posterPoint(e) {
    var r = img.getBoundingClientRect(), s = Math.min(r.width / lay.w, r.height / lay.h);
    return { x: (e.clientX - r.left - (r.width - lay.w * s) / 2) / s, y: (e.clientY - r.top) / s, s: s };
  }
  // countryAt is the index (in tips.codes) of the country at poster point
  // p, or -1.
  function countryAt(p) {
    var im = ids.ids[lay.ids], b = lay.map;
    if (!im) return -1;
    var x = Math.floor((p.x - b.x) / im.cell), y = Math.floor((p.y - b.y) / im.cell);
    if (x < 0 || y < 0 || x >= im.w || y >= im.h) return -1;
    var key = lay.ids + ':' + y, row = rows[key];
    if (!row) row = rows[key] = im.rows[y] ? im.rows[y].split(' ').map(Number) : [0, im.w];
    for (var k = 0, end = 0; k + 1 < row.length; k += 2) {
      end += row[k + 1];
      if (x < end) return row[k] - 1;
    }
    return -1;
  }
  // tickAt is the step whose tick on the poster's slider is at p, or -1.
  function tickAt(p) {
    if (!lay.ticks || Math.abs(p.y - lay.trackY) > 12) return -1;
    var best = -1, d = 14;
    lay.ticks.forEach(function (x, i) {
      if (Math.abs(p.x - x) < d) { d = Math.abs(p.x - x); best = i; }
    });
    return best;
  }
  function tipText(k) {
    var t = tips.tips[at], text = function (j) { return j >= 0 ? tips.text[j] : ''; };
    return { name: tips.names[k], side: text(t[3 * k]), since: text(t[3 * k + 1]), say: text(t[3 * k + 2]) };
  }
  function showTip(k, e) {
    var t = tipText(k);
    tip.textContent = '';
    el('b', '', tip).textContent = t.name;
    el('span', '', tip).textContent = t.side;
    if (t.since) {
      el('br', '', tip);
      el('span', '', tip).textContent = t.since;
    }
    tip.hidden = false;
    // Beside the pointer, kept inside the frame: flipped left or above
    // where it would cross the edge.
    var r = body.getBoundingClientRect(), w = tip.offsetWidth, h = tip.offsetHeight;
    var x = e.clientX - r.left + 14, y = e.clientY - r.top + 14;
    if (x + w > r.width - 4) x = Math.max(4, e.clientX - r.left - 14 - w);
    if (y + h > r.height - 4) y = Math.max(4, e.clientY - r.top - 14 - h);
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
    return t;
  }
  function point(e, tap) {
    if (!lay || !tips || sm.state === 'live') return;
    var p = posterPoint(e), k = countryAt(p);
    if (tap && tickAt(p) >= 0) {
      go(tickAt(p));
      return;
    }
    img.style.cursor = tickAt(p) >= 0 ? 'pointer' : '';
    if (k < 0 || !tips.codes[k]) {
      if (tap || !pinned) hideTip();
      return;
    }
    if (pinned && !tap) return;
    var t = showTip(k, e);
    if (tap) {
      pinned = true;
      say(pick.fill(t.say, { name: t.name }));
    }
  }
  var poster = $('poster');
  poster.addEventListener('pointermove', function (e) { if (e.pointerType === 'mouse') point(e, false); });
  poster.addEventListener('pointerleave', function () { if (!pinned) tip.hidden = true; });
  poster.addEventListener('click', function (e) { point(e, true); });

  // The live map takes over at the step chosen here; if it fails after
  // (a context lost again), the poster comes back at the step it showed.
  window.addEventListener('stancemap:state', function (e) {
    if (e.detail === 'live') {
      hideTip();
      var id = M.events[at].id;
      if (sm.event !== id && typeof sm.showEvent === 'function') sm.showEvent(id);
    } else if (e.detail === 'error') {
      var i = -1;
      M.events.forEach(function (ev, j) { if (ev.id === sm.event) i = j; });
      if (i >= 0 && i !== at) {
        at = i;
        show(i);
        setLayout();
        sync();
      }
    }
  });

  // The words and the layouts come once the poster is painted: none of it
  // may hold the poster back. A file that is missing or malformed leaves
  // the keys stepping the poster, with a warning.
  function get(u) {
    return fetch(u).then(function (r) {
      if (!r.ok) throw new Error(u + ': HTTP ' + r.status);
      return r.json();
    });
  }
  L.afterPoster().then(function () {
    return Promise.all([
      get(pick.fill(M.data.tips, { dir: M.dir, lang: pick.lang })),
      get(pick.fill(M.data.ids, { dir: M.dir, width: pick.ref })),
    ]);
  }).then(function (r) {
    var t = r[0], d = r[1], ls = d && d.layouts && d.layouts[pick.lang];
    if (!t || !t.ui || !t.steps || t.steps.length !== n || !t.tips || t.tips.length !== n || !t.names || !t.codes ||
        !ls || ls.length !== n || !d.ids || !ls.every(function (l) { return l && l.map && d.ids[l.ids]; })) {
      throw new Error('they do not match this page\'s manifest');
    }
    tips = t;
    ids = d;
    setLayout();
    controls();
    timings.posterStepsAt = performance.now();
  }).catch(function (err) {
    console.warn('stancemap: the poster\'s steps and tooltips are unavailable: ' + (err && err.message ? err.message : err));
  });
})();
