// loader-page.js is the first of the loader's scripts (loader-*.js, then
// loader.js, in the order embed.html lists them), which start the
// stancemap widget inside the embed page.
//
// The page's inline script has already shown the poster for the URL's
// parameters and sized the body (window.stancemapPick). The loader
// publishes window.stancemap = {state, timings, error, memory, frameTimes,
// and, set by the wasm, event, region and country: the step's id, the
// region preset and the selected country's code on screen, and lang, the
// language it shows}; this script
// makes it, with the state the page is in and the note under the map, and
// records when the poster was painted. The wasm sets stancemap.state =
// "live" after its first frame; the setter records the time and hides the
// poster. Without WebGL, or if anything fails, the poster stays with a
// one-line note and state is "error" (with stancemap.error).
//
// The loader's scripts share what is not public through
// window.stancemapLoader, which this one makes.
(function () {
  'use strict';

  var pick = window.stancemapPick;
  var root = document.documentElement;
  var body = document.body;
  var timings = {};
  var state = 'poster';

  var stancemap = {
    timings: timings,
    error: null,
    memory: null,
    frameTimes: [], // the wasm pushes frame durations (ms) here, capped
    pick: pick,
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
    // poster.js keeps the poster stepping and naming countries.
    var still = stancemap.posterStep ? '' : ' Showing a still image.';
    note(line || (wait ? 'The map could not be shown.' : 'Interactive map unavailable (' + stancemap.error + ').' + still));
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

  if (!pick) {
    // The page's inline script reads the URL by embedcfg's rules, which
    // the rest of the loader uses: without it there is nothing to go on.
    fail(new Error('the embed page\'s own script did not run'));
    return;
  }
  window.stancemapLoader = { pick: pick, note: note, afterPoster: afterPoster, markPoster: markPoster };
})();
