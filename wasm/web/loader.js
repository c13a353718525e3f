// loader.js starts the stancemap widget inside the embed page.
//
// The page's inline script has already shown the poster for the URL's
// parameters and sized the body (window.stancemapPick). This script
// publishes window.stancemap = {state, timings, error, memory, frameTimes,
// and, set by the wasm, event, region and country: the step's id, the
// region preset and the selected country's code on screen},
// tells the host page the embed's height, and when the embed comes near the
// viewport (the page's inline script decides, and starts the fetch and the
// streaming compile itself) instantiates and runs the wasm, whose name
// (window.STANCEMAP_WASM, set by the page) changes with its content.
// The wasm sets stancemap.state = "live" after its first frame; the setter
// records the time and hides the poster. Without WebGL, or if anything
// fails, the poster stays with a one-line note and state is "error" (with
// stancemap.error). With static=1 the wasm is never fetched.
//
// The hook the wasm replaces when it runs: heightFor(width), the exact
// preferred height instead of the build-time table. The height messages
// and the embed id they carry are this script's alone: it sends them from
// the poster on, and answers pym.js's width messages.
(function () {
  'use strict';

  var pick = window.stancemapPick || { heightFor: function (w) { return Math.round(w * 0.6); } };
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var body = document.body;
  var BAR = 28; // #bar's height: the host frame is the widget plus this row

  var timings = {};
  var state = 'poster';
  var embedID = readEmbedID();

  var stancemap = {
    timings: timings,
    error: null,
    memory: null,
    frameTimes: [], // the wasm pushes frame durations (ms) here, capped
    barHeight: BAR,
    id: embedID,
    pick: pick,
    heightFor: pick.heightFor,
    postHeight: postHeight,
    resize: sizeTo,
    fail: fail,
    get state() { return state; },
    set state(next) {
      if (next === state) return;
      state = next;
      if (next === 'live') {
        timings.liveAt = performance.now();
        paintedPoster(); // the observer's callback may still be queued
        note('');
      }
      // A User Timing mark ("stancemap:live", "stancemap:error"), for the
      // host's DevTools, its real-user monitoring, and traces taken without
      // DevTools (BENCHMARKS.md).
      try { performance.mark('stancemap:' + next); } catch (e) { /* no User Timing */ }
      root.dataset.state = next;
      window.dispatchEvent(new CustomEvent('stancemap:state', { detail: next }));
    },
  };
  window.stancemap = stancemap;
  root.dataset.state = state;

  // readEmbedID is the id the host listens for in height messages:
  // pym.js's childId= (a pym.Parent hears only its container's id, which
  // it puts there, as pym's own Child reads it), else id=, else
  // "stancemap". A bad value is ignored with a warning.
  function readEmbedID() {
    var id = 'stancemap';
    ['id', 'childId'].forEach(function (k) {
      var v = params.get(k);
      if (v === null) return;
      if (/^[A-Za-z0-9_.:-]{1,64}$/.test(v)) id = v;
      else console.warn('stancemap: ignoring ' + k + '=' + JSON.stringify(v.slice(0, 60)) + ": want up to 64 letters, digits, '-', '_', '.' or ':'");
    });
    return id;
  }

  function note(text) {
    var n = document.getElementById('note');
    if (n) n.textContent = text;
  }

  // fail keeps the poster (or shows details, e.g. a story's problems, as a
  // list in its place) with a one-line note, line if given. Without a
  // poster (a data= story has none) the error takes the place of "Loading
  // the map…". It warns rather than errs on the console: a missing WebGL is
  // a fallback, not a bug of the page.
  function fail(err, details, line) {
    if (state === 'error') return; // the first failure is the one to show
    stancemap.error = String(err && err.message ? err.message : err);
    var wait = document.querySelector('#poster .poster-wait');
    if (wait) wait.textContent = 'The map could not be shown: ' + stancemap.error + '.';
    note(line || (wait ? 'The map could not be shown.' : 'Interactive map unavailable (' + stancemap.error + '). Showing a still image.'));
    if (details && details.length) showProblems(stancemap.error, details);
    console.warn('stancemap: ' + stancemap.error + (details && details.length ? '\n  ' + Array.prototype.join.call(details, '\n  ') : ''));
    stancemap.state = 'error';
  }

  // showProblems lists what is wrong in the widget's area; story text is
  // set with textContent, never parsed as HTML.
  function showProblems(title, lines) {
    var box = document.getElementById('problems') || document.createElement('div');
    box.id = 'problems';
    box.setAttribute('role', 'alert');
    box.textContent = '';
    var h = document.createElement('h2');
    h.textContent = title;
    box.appendChild(h);
    var ul = document.createElement('ul');
    Array.prototype.forEach.call(lines, function (l) {
      var li = document.createElement('li');
      li.textContent = String(l);
      ul.appendChild(li);
    });
    box.appendChild(ul);
    (document.querySelector('main') || body).appendChild(box);
    note('The story could not be shown.');
  }

  // Height messages in the dialects hosts listen for (Datawrapper, pym.js
  // v1, AMP). The wasm posts the same ones from Go once it runs.
  function postHeight(h) {
    if (window.parent === window) return;
    var id = embedID;
    window.parent.postMessage({ 'datawrapper-height': { [id]: h } }, '*');
    window.parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + h, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
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
      body.style.height = stancemap.heightFor(w) + 'px';
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
  var pymWidth = 'pymxPYMx' + embedID + 'xPYMxwidthxPYMx';
  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || window.parent === window || typeof e.data !== 'string') return;
    if (e.data.length < 200 && e.data.lastIndexOf(pymWidth, 0) === 0 && /^\d{1,6}$/.test(e.data.slice(pymWidth.length))) sizeTo(true);
  });

  // Mark the poster visible at the frame's first contentful paint: the
  // poster is the first thing the embed paints.
  function mark(t) {
    if (timings.posterAt === undefined) timings.posterAt = t;
  }

  function paintedPoster() {
    var fcp = performance.getEntriesByName && performance.getEntriesByName('first-contentful-paint')[0];
    if (fcp) mark(fcp.startTime);
  }

  // afterPoster resolves once the poster has been painted (the frame's
  // first contentful paint is recorded), or after 500 ms at most.
  function afterPoster() {
    return new Promise(function (resolve) {
      var waited = 0;
      (function check() {
        paintedPoster();
        if (timings.posterAt !== undefined || waited >= 500) resolve();
        else {
          waited += 25;
          setTimeout(check, 25);
        }
      })();
    });
  }

  // markPoster records when the poster is on screen: the first contentful
  // paint. (timings.posterDecodedAt, the animation frame after the image
  // decoded, is earlier but not honest: an SVG is rasterised after that.)
  function markPoster() {
    paintedPoster();
    var img = document.querySelector('#poster img');
    if (img && img.decode) {
      img.decode().then(function () {
        requestAnimationFrame(function () { timings.posterDecodedAt = performance.now(); });
      }, function () { /* no poster image */ });
    }
    try {
      new PerformanceObserver(function (list, observer) {
        list.getEntries().forEach(function (e) {
          if (e.name === 'first-contentful-paint') {
            mark(e.startTime);
            observer.disconnect();
          }
        });
      }).observe({ type: 'paint', buffered: true });
    } catch (e) {
      requestAnimationFrame(function () {
        requestAnimationFrame(function () { mark(performance.now()); });
      });
    }
  }

  // Ebiten polls navigator.getGamepads() on every update, which starts a
  // polling thread in Chromium that never stops. The widget uses no
  // gamepads, so answer "none" without asking the browser.
  function hideGamepads() {
    try {
      Object.defineProperty(navigator, 'getGamepads', {
        configurable: true,
        value: function () { return []; },
      });
    } catch (e) {
      // Leave it: costs idle CPU, not correctness.
    }
  }

  // holdTimers stretches Go's timers to at least HOLD_MS while the game's
  // Update sleeps on its wake channel (the wasm sets stancemap.sleeping
  // around each Update). Then the only timer is Ebiten's 100 ms ticker,
  // which watches for a hidden tab to pause audio (the widget has none);
  // page events still wake Go at once through their own callbacks, and a
  // late timer is only a late tick. It rewrites the delay argument (int64
  // ms at sp+8, as wasm_exec.js reads it) before wasm_exec.js sees it.
  var HOLD_MS = 2000;
  function holdTimers(go) {
    var gojs = go.importObject && go.importObject.gojs;
    var schedule = gojs && gojs['runtime.scheduleTimeoutEvent'];
    if (typeof schedule !== 'function') return;
    gojs['runtime.scheduleTimeoutEvent'] = function (sp) {
      if (stancemap.sleeping && go.mem) {
        var at = (sp >>> 0) + 8;
        var ms = go.mem.getUint32(at, true) + go.mem.getInt32(at + 4, true) * 4294967296;
        if (ms < HOLD_MS) {
          go.mem.setUint32(at, HOLD_MS, true);
          go.mem.setInt32(at + 4, 0, true);
        }
      }
      return schedule(sp);
    };
  }

  // gateTouches lets the article scroll under a finger on the map. Ebiten
  // calls preventDefault on every touch event on its canvas, which would
  // trap a phone reader whose finger lands on the map (most of the screen).
  // At each touchstart this asks the widget whether it follows a one-finger
  // touch there (stancemap.ownsTouch: only on the timeline's slider); if
  // not, Ebiten's preventDefault is skipped for that touch, so the browser
  // scrolls, while Ebiten still sees it (a tap selects; a drag shows the
  // two-finger hint). Two fingers are the widget's. A cancelable touchend
  // is always prevented: that stops the emulated mouse click after a tap.
  function gateTouches() {
    if (!window.TouchEvent) return;
    var prevent = TouchEvent.prototype.preventDefault;
    var owned = true;
    document.addEventListener('touchstart', function (e) {
      var c = e.target;
      if (!c || c.tagName !== 'CANVAS') return;
      if (e.touches.length !== 1) {
        owned = true;
        return;
      }
      var r = c.getBoundingClientRect();
      var t = e.touches[0];
      owned = typeof stancemap.ownsTouch !== 'function' || !!stancemap.ownsTouch(t.clientX - r.left, t.clientY - r.top);
    }, { capture: true, passive: true });
    TouchEvent.prototype.preventDefault = function () {
      var onCanvas = this.target && this.target.tagName === 'CANVAS';
      // An event of a scroll under way cannot be cancelled; trying logs
      // an error in Chromium.
      if (onCanvas && (!this.cancelable || (!owned && (this.type === 'touchstart' || this.type === 'touchmove')))) return undefined;
      return prevent.call(this);
    };
  }

  // glCanvas makes the canvas Ebiten will draw on, with its WebGL 2
  // context, or returns null without WebGL 2 (then no wasm runs). Ebiten
  // (v2.8) makes its own canvas and asks it for a context with alpha,
  // premultipliedAlpha and stencil, leaving antialias at its default, true;
  // a multisampled drawing buffer cost ~130 ms to allocate at the widget's
  // size on SwiftShader, and changes nothing here: Ebiten draws the screen
  // as one quad covering the canvas. Asking for the context now also does
  // its set-up while the wasm compiles, rather than in Ebiten's first frame;
  // so does making it at the size Ebiten will give it (the body's, in device
  // pixels), which keepSize then holds.
  function glCanvas() {
    try {
      var c = document.createElement('canvas');
      var f = window.devicePixelRatio || 1;
      var w = Math.floor(body.clientWidth * f), h = Math.floor(body.clientHeight * f);
      if (w > 0 && h > 0) {
        c.width = w;
        c.height = h;
      }
      var gl = c.getContext('webgl2', { alpha: true, premultipliedAlpha: true, stencil: true, antialias: false });
      if (!gl) return null;
      var g = deviceScale(c, gl);
      if (w > 0 && h > 0 && (c.width !== Math.floor(body.clientWidth * g) || c.height !== Math.floor(body.clientHeight * g))) {
        c.width = Math.floor(body.clientWidth * g);
        c.height = Math.floor(body.clientHeight * g);
      }
      keepSize(c);
      onContextLost(c);
      return c;
    } catch (e) {
      return null;
    }
  }

  // deviceScale returns the device scale the widget will draw at and
  // makes devicePixelRatio say so where it is lower than the display's.
  // Ebiten reads devicePixelRatio once and makes its screen the body's
  // size times that: past MAX_TEXTURE_SIZE it stops with a Go panic, and
  // past the drawing buffer the browser allows (it caps the area too) the
  // picture is cropped. Only a display larger than the GPU's limits (a 6K
  // or 8K screen, or a GPU limited to 4096 px) meets either cap: the map is
  // then drawn at a lower scale and the browser stretches it. The screen's
  // size counts, for fullscreen; the area is tried on canvas c at that size,
  // only when it is large.
  function deviceScale(c, gl) {
    var real = window.devicePixelRatio || 1;
    var w = Math.max(screen.width || 0, innerWidth, body.clientWidth);
    // A tenth more height: the frame grows by its tools' row once live.
    var h = 1.1 * Math.max(screen.height || 0, innerHeight, body.clientHeight);
    var limit = gl.getParameter(gl.MAX_TEXTURE_SIZE) - 2; // Ebiten pads some images by a pixel
    if (!(limit > 0) || !(w > 0) || !(h > 0)) return real;
    var f = Math.min(real, limit / Math.max(w, h));
    if (w * h * f * f > 4096 * 4096) {
      c.width = Math.floor(w * f);
      c.height = Math.floor(h * f);
      var r = Math.min(gl.drawingBufferWidth / c.width, gl.drawingBufferHeight / c.height);
      if (r < 1) f *= r * 0.999;
    }
    if (f < real) Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: function () { return f; } });
    return f;
  }

  // onContextLost handles a lost WebGL context (the GPU was reset, memory
  // ran short, the browser dropped the oldest of too many contexts), before
  // Ebiten's own listener, added later, reloads the page to start again.
  // The URL first takes the step, the region preset and the selected
  // country on screen (stancemap.event, .region, .country), so that the map
  // comes back where the reader was. A context lost again within a minute
  // of such a reload is not retried, which would loop: the poster stays
  // with a note. Without sessionStorage to remember the last loss by, it is
  // not retried either.
  function onContextLost(c) {
    c.addEventListener('webglcontextlost', function (e) {
      var retry = false;
      try {
        var key = 'stancemap:contextlost', now = Date.now();
        var last = Number(sessionStorage.getItem(key)) || 0;
        if (!(now - last >= 0 && now - last < 60000)) {
          sessionStorage.setItem(key, String(now));
          retry = true;
        }
      } catch (err) { /* storage refused */ }
      if (!retry) {
        e.stopImmediatePropagation();
        fail(new Error('the graphics context was lost'));
        return;
      }
      try {
        var u = new URL(location.href);
        ['event', 'region', 'country'].forEach(function (k) {
          var v = stancemap[k];
          if (typeof v !== 'string') return;
          if (v) u.searchParams.set(k, v);
          else u.searchParams.delete(k); // the reader closed the country the URL had selected
        });
        history.replaceState(history.state, '', u.href);
      } catch (err) { /* the reload starts at the URL's step */ }
    });
  }

  // keepSize skips the canvas size changes that would only be undone:
  // Ebiten sets its canvas to 16×16 before it puts it in the page, then to
  // the body's size in device pixels, and every change of a WebGL canvas's
  // size reallocates its drawing buffer on the main thread. glCanvas makes
  // the canvas at that size already; a size set while the canvas is not in
  // the page, or set to the size it has, is skipped.
  function keepSize(c) {
    ['width', 'height'].forEach(function (k) {
      var d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, k);
      Object.defineProperty(c, k, {
        configurable: true,
        get: function () { return d.get.call(c); },
        set: function (v) {
          if (!c.isConnected || d.get.call(c) === Math.floor(v)) return;
          d.set.call(c, v);
        },
      });
    });
  }

  // handOver makes the next document.createElement('canvas') return c:
  // Ebiten's package initialisation makes its canvas that way while go.run
  // starts the program, and getContext('webgl2') on c then returns the
  // context made above. Ebiten has no option to take a canvas (its issue
  // #3017). The returned function undoes it, if Ebiten never asked.
  function handOver(c) {
    document.createElement = function (tag) {
      if (String(tag).toLowerCase() === 'canvas') {
        delete document.createElement;
        return c;
      }
      return Document.prototype.createElement.apply(document, arguments);
    };
    return function () { delete document.createElement; };
  }

  // intoMain moves the canvas, which Ebiten appends to the body while
  // go.run starts the program, into the page's main landmark, before the
  // tools: a reader of landmarks finds the map there. It keeps its size:
  // main is the body's box.
  function intoMain(c) {
    var main = document.querySelector('main');
    if (main && c.parentNode === body) main.insertBefore(c, document.getElementById('bar'));
  }

  // fetchStory fetches data= (a URL the page allowed) for the wasm, as
  // stancemap.storyBytes. It gives up after STORY_TIMEOUT_MS (a server that
  // never answers, or trickles) and past the loader's size limit
  // (window.STANCEMAP_DATA.maxBytes, data.MaxSize, written by cmd/serve),
  // counted as the body streams in rather than once it is all held; and it
  // refuses a redirect to an origin the page would not have fetched.
  var STORY_TIMEOUT_MS = 10000;
  function fetchStory(url) {
    var max = (window.STANCEMAP_DATA || {}).maxBytes;
    var ctl = window.AbortController ? new AbortController() : null;
    var timedOut = false;
    var timer = setTimeout(function () {
      timedOut = true;
      if (ctl) ctl.abort();
    }, STORY_TIMEOUT_MS);
    var tooBig = function () { return new Error('it is larger than ' + Math.round(max / 1048576) + ' MB'); };
    return fetch(url, { credentials: 'omit', signal: ctl ? ctl.signal : undefined })
      .then(function (r) {
        if (!r.ok) throw new Error('the server answered HTTP ' + r.status);
        if (r.url && !pick.storyURL(r.url)) throw new Error('it was redirected to another site');
        if (!(max > 0)) throw new Error('the page does not say how large a story may be');
        if (Number(r.headers.get('Content-Length')) > max) throw tooBig();
        if (!r.body || !r.body.getReader) {
          return r.arrayBuffer().then(function (b) {
            if (b.byteLength > max) throw tooBig();
            return new Uint8Array(b);
          });
        }
        var reader = r.body.getReader(), parts = [], size = 0;
        return (function next() {
          return reader.read().then(function (c) {
            if (c.done) {
              var all = new Uint8Array(size), at = 0;
              parts.forEach(function (p) { all.set(p, at); at += p.length; });
              return all;
            }
            size += c.value.length;
            if (size > max) {
              reader.cancel().catch(function () { /* gone already */ });
              throw tooBig();
            }
            parts.push(c.value);
            return next();
          });
        })();
      })
      .then(function (bytes) {
        clearTimeout(timer);
        stancemap.storyBytes = bytes;
      }, function (e) {
        clearTimeout(timer);
        if (ctl && !timedOut) ctl.abort();
        var why = timedOut ? 'it did not arrive within ' + STORY_TIMEOUT_MS / 1000 + ' s' : (e && e.message ? e.message : String(e));
        throw new Error('the story at ' + url + ' could not be loaded: ' + why);
      });
  }

  var started = false;
  function start() {
    if (started) return;
    started = true;
    if (typeof Go !== 'function' || !window.WebAssembly || !WebAssembly.instantiate) {
      fail(new Error('this browser cannot run WebAssembly'));
      return;
    }
    if (!pick.wasm && !window.STANCEMAP_WASM) {
      fail(new Error('the page does not name the wasm (window.STANCEMAP_WASM); was it served by cmd/serve or from its -out bundle?'));
      return;
    }
    // The WebGL context is made once the poster is on screen: making it
    // keeps the GPU process busy for up to a few hundred ms, which would
    // compete with the poster's first paint. The wasm compiles meanwhile.
    var canvas = afterPoster().then(function () {
      var c = glCanvas();
      if (!c) throw new Error('WebGL 2 is not available');
      return c;
    });
    hideGamepads();
    gateTouches();
    var go = new Go();
    holdTimers(go);
    var story = pick.data ? fetchStory(pick.data) : Promise.resolve();
    // The page's inline script started the fetch and compile when the frame
    // came near the viewport; without it, start them here.
    var compiled = pick.wasm || WebAssembly.compileStreaming(fetch(window.STANCEMAP_WASM));
    timings.fetchAt = pick.fetchAt !== undefined ? pick.fetchAt : performance.now();
    var wasm = compiled.then(function (mod) {
      timings.compiledAt = pick.compiledAt !== undefined ? pick.compiledAt : performance.now();
      return WebAssembly.instantiate(mod, go.importObject);
    });
    Promise.all([wasm, story, canvas])
      .then(function (r) {
        timings.instantiatedAt = performance.now();
        // Exposed so tests and benchmarks can read the wasm heap size.
        stancemap.memory = r[0].exports.mem;
        var undo = handOver(r[2]);
        try {
          return go.run(r[0]);
        } finally {
          undo();
          intoMain(r[2]);
        }
      })
      .then(function () {
        if (state !== 'error') fail(new Error('the widget stopped'));
      })
      .catch(fail);
  }

  // startWhenNear runs start once the page's inline script has begun
  // loading the wasm (it decides when the embed is within 200 px of the
  // viewport), or by its own IntersectionObserver when that script is
  // missing. (A cross-origin host ignores rootMargin; the iframe's
  // loading="lazy" already holds the page back until it is near.)
  function startWhenNear() {
    if (typeof pick.start === 'function') {
      if (pick.wasm) start();
      else pick.onstart = start;
      return;
    }
    if (!('IntersectionObserver' in window)) {
      start();
      return;
    }
    var io = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        io.disconnect();
        start();
      }
    }, { rootMargin: '200px' });
    io.observe(body);
  }

  // svgToPNG is the browser's half of the PNG download: the wasm hands an
  // SVG document (text as outlines), drawn here onto a canvas of w×h
  // device px and saved as a PNG.
  stancemap.svgToPNG = function (bytes, w, h, name) {
    var url = URL.createObjectURL(new Blob([bytes], { type: 'image/svg+xml' }));
    var img = new Image();
    img.onload = function () {
      var c = document.createElement('canvas');
      c.width = Math.round(w);
      c.height = Math.round(h);
      c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
      URL.revokeObjectURL(url);
      c.toBlob(function (blob) {
        if (!blob) { console.warn('stancemap: PNG export failed'); return; }
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = name;
        a.style.display = 'none';
        body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
      }, 'image/png');
    };
    img.onerror = function () { URL.revokeObjectURL(url); console.warn('stancemap: PNG export failed'); };
    img.src = url;
  };

  // The Link button copies the address of the view on screen (linkURL),
  // and says so in the note (a live region). Where the clipboard is
  // refused (a sandboxed frame, an insecure page, a browser that asks),
  // the address is put in a text field, selected, with a note to copy it.
  // Nothing here throws.
  var LINK_WORDS = {
    copied: { en: 'Link to this view copied.', es: 'Enlace a esta vista copiado.', ru: 'Ссылка на этот вид скопирована.' },
    select: { en: 'Copy this link:', es: 'Copie este enlace:', ru: 'Скопируйте ссылку:' },
  };
  function linkWords(kind) { return LINK_WORDS[kind][root.lang] || LINK_WORDS[kind].en; }

  // linkURL is the embed page with the step, the language and the region on
  // screen (and the story and theme the URL chose), without what a host
  // added for itself (id=, pym.js's childId= and the rest). A bundle built
  // with -base-url names its share pages (<meta name="stancemap:share">,
  // package share): for the bundle's own story in the world view, the link
  // is the step's share page, whose card a static host can serve.
  function linkURL() {
    var share = document.querySelector('meta[name="stancemap:share"]');
    var region = stancemap.region && stancemap.region !== 'world';
    if (share && stancemap.event && !params.get('data') && !region) {
      return share.content.replace('{event}', encodeURIComponent(stancemap.event))
        .replace('{lang}', encodeURIComponent(root.lang || pick.lang));
    }
    var u = new URL(location.pathname, location.href);
    var q = new URLSearchParams();
    if (stancemap.event) q.set('event', stancemap.event);
    q.set('lang', root.lang || pick.lang);
    if (stancemap.region && stancemap.region !== 'world') q.set('region', stancemap.region);
    ['theme', 'data'].forEach(function (k) { if (params.get(k)) q.set(k, params.get(k)); });
    u.search = q.toString();
    return u.href;
  }

  var noteTimer = 0;
  function copyLink() {
    var url = linkURL();
    var field = document.getElementById('link-text');
    clearTimeout(noteTimer);
    var copied = function () {
      field.hidden = true;
      note(linkWords('copied'));
      noteTimer = setTimeout(function () { note(''); }, 5000);
    };
    // select leaves the address in view, selected, and tries the older
    // copy command, which a sandboxed frame may still allow.
    var select = function () {
      field.value = url;
      field.hidden = false;
      var ok = false;
      try {
        field.focus();
        field.select();
        ok = document.execCommand('copy');
      } catch (e) { /* refused as well */ }
      note(linkWords(ok ? 'copied' : 'select'));
    };
    // Asked where a permissions policy forbids it (a cross-origin frame
    // without allow="clipboard-write"), the clipboard logs an error and,
    // in some browsers, never answers: ask only where it is allowed, and
    // fall back after a second.
    var allowed = true;
    try {
      var policy = document.permissionsPolicy || document.featurePolicy;
      if (policy && policy.allowsFeature) allowed = policy.allowsFeature('clipboard-write');
    } catch (e) { /* no policy to ask */ }
    try {
      if (allowed && navigator.clipboard && navigator.clipboard.writeText) {
        var settled = false;
        var once = function (f) { return function () { if (!settled) { settled = true; clearTimeout(timer); f(); } }; };
        var timer = setTimeout(once(select), 1000);
        navigator.clipboard.writeText(url).then(once(copied), once(select));
        return;
      }
    } catch (e) { /* no clipboard here */ }
    select();
  }
  document.getElementById('link-text').addEventListener('blur', function (e) {
    setTimeout(function () {
      if (document.activeElement === e.target) return;
      e.target.hidden = true;
      note('');
    }, 200);
  });
  stancemap.linkURL = linkURL;

  markPoster();
  if (pick.refused) {
    // The page's script refused data=: the bundle's poster stays, and no
    // wasm runs.
    fail(new Error(pick.refused), null, 'A story from another site was not loaded.');
    return;
  }
  var st = params.get('static');
  if (params.has('static') && /^(1|true|yes|)$/i.test(st)) return; // poster only
  document.getElementById('save-png').addEventListener('click', function () { if (stancemap.download) stancemap.download('png'); });
  document.getElementById('save-svg').addEventListener('click', function () { if (stancemap.download) stancemap.download('svg'); });
  document.getElementById('copy-link').addEventListener('click', copyLink);
  startWhenNear();
})();
