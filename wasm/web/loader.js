// loader.js starts the stancemap widget inside the embed page.
//
// It publishes window.stancemap = {state, timings, error} at once, shows
// the poster, then streams and runs stancemap.wasm. The wasm reports
// readiness by setting stancemap.state = "live"; the setter records the
// time and hides the poster. Any failure leaves the poster in place and
// sets state "error" with a message in stancemap.error. Timings are
// performance.now() values of this frame: posterAt (poster painted) and
// liveAt; stancemap.memory is the wasm's WebAssembly.Memory once it runs.
(function () {
  'use strict';

  var timings = {};
  var state = 'poster';
  var root = document.documentElement;

  var stancemap = {
    timings: timings,
    error: null,
    memory: null,
    get state() { return state; },
    set state(next) {
      if (next === state) return;
      state = next;
      if (next === 'live') {
        timings.liveAt = performance.now();
        paintedPoster(); // the observer's callback may still be queued
      }
      root.dataset.state = next;
      window.dispatchEvent(new CustomEvent('stancemap:state', { detail: next }));
    },
  };
  window.stancemap = stancemap;
  root.dataset.state = state;

  function fail(err) {
    stancemap.error = String(err && err.message ? err.message : err);
    stancemap.state = 'error';
    console.error('stancemap: ' + stancemap.error);
  }

  // Mark the poster visible at the frame's first contentful paint: the
  // poster is the first thing the embed paints.
  function mark(t) {
    if (timings.posterAt === undefined) timings.posterAt = t;
  }

  function paintedPoster() {
    var fcp = performance.getEntriesByName && performance.getEntriesByName('first-contentful-paint')[0];
    if (fcp) mark(fcp.startTime);
  }

  function markPoster() {
    paintedPoster();
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
      // No paint timing: the frame after the next one has painted the poster.
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

  function start() {
    if (typeof Go !== 'function' || !WebAssembly || !WebAssembly.instantiateStreaming) {
      fail(new Error('this browser cannot run WebAssembly'));
      return;
    }
    hideGamepads();
    var go = new Go();
    WebAssembly.instantiateStreaming(fetch('stancemap.wasm'), go.importObject)
      .then(function (result) {
        // Exposed so tests and benchmarks can read the wasm heap size.
        stancemap.memory = result.instance.exports.mem;
        return go.run(result.instance);
      })
      .then(function () {
        if (state !== 'error') fail(new Error('the widget stopped'));
      })
      .catch(fail);
  }

  markPoster();
  start();
})();
