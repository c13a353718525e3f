// loader-ebiten.js makes the page ready for what Ebiten and Go's runtime
// do in it: it makes the canvas Ebiten will draw on, with its WebGL 2
// context, at its final size, and hands it over; it hides the gamepads
// Ebiten would poll, lets the article scroll under a finger on the map,
// and handles a lost context. loader.js calls these when it starts the
// wasm.
(function () {
  'use strict';
  var L = window.stancemapLoader;
  if (!L) return;
  var stancemap = window.stancemap, fail = stancemap.fail;
  var body = document.body;

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
  // pixels), which keepSize then holds. The context is opaque (alpha:
  // false): the widget covers every pixel of its screen, and the browser
  // composites an opaque canvas without blending it over the page (on
  // SwiftShader a hover sweep's median frame gap fell from 33 to 17 ms in
  // half the runs: docs/performance-notes.md, "Hover"). An opaque canvas is
  // black until its first frame, so embed.html hides it until the map is
  // live. Nor has it a depth or stencil buffer: Ebiten draws the game into
  // an image of its own (where the widget's fills use that image's stencil)
  // and only copies it onto the canvas, while the browser would allocate
  // both for every drawing buffer and clear them after every frame.
  function glCanvas() {
    try {
      var c = document.createElement('canvas');
      var f = window.devicePixelRatio || 1;
      var w = Math.floor(body.clientWidth * f), h = Math.floor(body.clientHeight * f);
      if (w > 0 && h > 0) {
        c.width = w;
        c.height = h;
      }
      var gl = c.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
      if (!gl) return null;
      var g = deviceScale(c, gl);
      if (w > 0 && h > 0 && (c.width !== Math.floor(body.clientWidth * g) || c.height !== Math.floor(body.clientHeight * g))) {
        c.width = Math.floor(body.clientWidth * g);
        c.height = Math.floor(body.clientHeight * g);
      }
      keepSize(c);
      holdReleases(c);
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
    // The page can be taller than the window (the poster, at the height
    // the layout asks for, is in it already), and a tenth more: the frame
    // grows by its tools' row once live.
    var h = 1.1 * Math.max(screen.height || 0, innerHeight, body.clientHeight, body.scrollHeight);
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

  // WebKit (Safari, every browser on iOS, WebKitGTK; not Chromium, which
  // also names AppleWebKit) keeps Ebiten's on-demand mode (wasm/main.go).
  var ua = navigator.userAgent;
  stancemap.onDemand = /AppleWebKit/.test(ua) && !/Chrom(e|ium)\//.test(ua);

  // holdReleases keeps a click or a tap from going unseen. Ebiten runs a
  // tick per animation frame (FPSModeVsyncOn, wasm/main.go) and reads the
  // mouse button and the fingers down as they are at the tick, so a press
  // released before a tick has read it (a trackpad's tap, a quick tap, a
  // synthetic click) would be lost. A release that comes before a tick
  // has passed since its press (stancemap.updates counts the ticks; the
  // one a wake ends reads no input, and the next does) is handed to
  // Ebiten's listener once one has, and the pointer events behind it wait
  // in order. A held touchend is cancelled at once, as Ebiten would (that
  // stops the emulated click after a tap; see gateTouches).
  var POINTER = { mousedown: 1, touchstart: 1, mouseup: 2, touchend: 2, touchcancel: 2, mousemove: 0, touchmove: 0 };
  function holdReleases(c) {
    var add = c.addEventListener;
    var queue = [];
    var pressedAt = -1;
    var polling = false;
    function ticks() { return stancemap.updates || 0; }
    function early(e) { return POINTER[e.type] === 2 && ticks() <= pressedAt; }
    function pass(q) {
      if (POINTER[q[2].type] === 1) pressedAt = ticks();
      q[0].call(q[1], q[2]);
    }
    function drain() {
      polling = false;
      while (queue.length) {
        if (early(queue[0][2])) return poll();
        pass(queue.shift());
      }
    }
    function poll() {
      if (!polling) {
        polling = true;
        requestAnimationFrame(drain);
      }
    }
    c.addEventListener = function (type, fn, opts) {
      if (!POINTER.hasOwnProperty(type) || typeof fn !== 'function') return add.apply(this, arguments);
      return add.call(this, type, function (e) {
        var q = [fn, this, e];
        if (!queue.length && !early(e)) return pass(q);
        if (e.type === 'touchend' && e.cancelable) e.preventDefault();
        queue.push(q);
        poll();
      }, opts);
    };
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

  L.hideGamepads = hideGamepads;
  L.gateTouches = gateTouches;
  L.glCanvas = glCanvas;
  L.handOver = handOver;
  L.intoMain = intoMain;
})();
