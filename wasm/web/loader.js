// loader.js, the last of the loader's scripts (see loader-page.js), starts
// the stancemap widget: when the embed comes near the viewport (the page's
// inline script decides, and starts the fetch and the streaming compile
// itself) it fetches a data= story, instantiates and runs the wasm, whose
// name (window.STANCEMAP_WASM, set by the page) changes with its content,
// on the canvas loader-ebiten.js made. With static=1 the wasm is never
// fetched.
(function () {
  'use strict';
  var L = window.stancemapLoader;
  if (!L) return;
  var pick = L.pick, stancemap = window.stancemap, fail = stancemap.fail;
  var timings = stancemap.timings;
  var body = document.body;

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
    var canvas = L.afterPoster().then(function () {
      var c = L.glCanvas();
      if (!c) throw new Error('WebGL 2 is not available');
      return c;
    });
    L.hideGamepads();
    L.gateTouches();
    var go = new Go();
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
      .then(function (r) { return stepShown().then(function () { return r; }); })
      .then(function (r) {
        timings.instantiatedAt = performance.now();
        // Exposed so tests and benchmarks can read the wasm heap size.
        stancemap.memory = r[0].exports.mem;
        var undo = L.handOver(r[2]);
        try {
          return go.run(r[0]);
        } finally {
          undo();
          L.intoMain(r[2]);
        }
      })
      .then(function () {
        if (stancemap.state !== 'error') fail(new Error('the widget stopped'));
      })
      .catch(fail);
  }

  // stepShown waits, at most maxStepWait ms, while a poster the reader
  // stepped to is loading (poster.js's stancemap.posterPending): go.run
  // holds the main thread for a second or more, and the step would show
  // only after it.
  var maxStepWait = 1500;
  function stepShown() {
    var t0 = performance.now();
    return new Promise(function (resolve) {
      (function check() {
        if (!stancemap.posterPending || performance.now() - t0 > maxStepWait) return resolve();
        setTimeout(check, 16);
      })();
    });
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

  L.markPoster();
  if (pick.refused) {
    // The page's script refused data=: the bundle's poster stays, and no
    // wasm runs.
    fail(new Error(pick.refused), null, 'A story from another site was not loaded.');
    return;
  }
  if (pick.isStatic) return; // poster only
  L.addTools();
  startWhenNear();
})();
