// loader.js starts the stancemap widget inside the embed page.
//
// It publishes window.stancemap = {state, timings, error} at once, shows
// the poster, then streams and runs stancemap.wasm. The wasm reports
// readiness by setting stancemap.state = "live"; the setter records the
// time and hides the poster. Any failure leaves the poster in place and
// sets state "error" with a message in stancemap.error.
(function () {
  'use strict';

  var timings = {};
  var state = 'poster';
  var root = document.documentElement;

  var stancemap = {
    timings: timings,
    error: null,
    get state() { return state; },
    set state(next) {
      if (next === state) return;
      state = next;
      if (next === 'live') timings.liveAt = performance.now();
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

  // Mark the poster visible once it is painted (an <img> poster after it decodes).
  function markPoster() {
    var poster = document.getElementById('poster');
    var ready = poster && poster.decode ? poster.decode() : Promise.resolve();
    ready.catch(function () {}).then(function () {
      requestAnimationFrame(function () { timings.posterAt = performance.now(); });
    });
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
      .then(function (result) { return go.run(result.instance); })
      .then(function () {
        if (state !== 'error') fail(new Error('the widget stopped'));
      })
      .catch(fail);
  }

  markPoster();
  start();
})();
