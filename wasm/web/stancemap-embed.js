/* stancemap-embed.js: put this once on a page that embeds stancemap maps.
   It sizes each stancemap iframe (marked data-stancemap) from the height
   messages the embed sends (Datawrapper, pym.js v1 or AMP dialect),
   matching the message's sender to the iframe, so the map never scrolls
   inside its frame. Other iframes are left alone, whatever they send, and
   a height is kept between MIN and MAX px.
   It also gives every step a link: the page's hash #stancemap=<event id or
   date> opens the frame at that step (#stancemap-<id>=… the frame whose
   embed id, its src's id=, is <id>, for a page with several), and the step
   the reader chooses is written back into the hash with
   history.replaceState, adding no history entry. A frame marked
   data-stancemap-link="off" is left out of that. */
(function () {
  'use strict';
  if (window.stancemapEmbed) return;
  window.stancemapEmbed = true;
  var MIN = 150, MAX = 4000; // the embed asks for 240 to 2400 px (widget/preferred.go) plus its 28 px tools row
  function height(d) {
    if (typeof d === 'string') {
      var m = /^pymxPYMx.+xPYMxheightxPYMx(\d{1,9})$/.exec(d.length < 300 ? d : '');
      return m ? +m[1] : 0;
    }
    if (d && typeof d === 'object') {
      if (d.sentinel === 'amp' && d.type === 'embed-size') return +d.height;
      var dw = d['datawrapper-height'];
      if (dw && typeof dw === 'object') for (var k in dw) return +dw[k];
    }
    return 0;
  }
  function frames() { return document.querySelectorAll('iframe[data-stancemap]'); }

  // linked are the frames that take part in links, and key names a
  // frame's part of the hash.
  function linked() {
    return Array.prototype.filter.call(frames(), function (f) { return f.getAttribute('data-stancemap-link') !== 'off'; });
  }
  function embedID(f) {
    try {
      var q = new URL(f.getAttribute('src') || '', location.href).searchParams;
      return q.get('childId') || q.get('id') || 'stancemap';
    } catch (e) {
      return 'stancemap';
    }
  }
  function key(f, all) { return all.length === 1 ? 'stancemap' : 'stancemap-' + embedID(f); }

  // The hash as key=value pairs joined by '&' (a host's own anchor stays
  // as one more part).
  function parts() {
    return location.hash.slice(1).split('&').filter(Boolean);
  }
  function hashValue(k) {
    var found = null;
    parts().forEach(function (p) {
      var i = p.indexOf('=');
      if (i > 0 && p.slice(0, i) === k) {
        try { found = decodeURIComponent(p.slice(i + 1)); } catch (e) { /* not ours to read */ }
      }
    });
    return found && found.length <= 100 ? found : null;
  }
  function valueFor(f, all) {
    var v = hashValue('stancemap-' + embedID(f));
    return v !== null ? v : all.length === 1 ? hashValue('stancemap') : null;
  }

  var shown = []; // [frame, the step its link names] for the frames linked so far
  function remember(f, v) {
    for (var i = 0; i < shown.length; i++) if (shown[i][0] === f) { shown[i][1] = v; return; }
    shown.push([f, v]);
  }
  function remembered(f) {
    for (var i = 0; i < shown.length; i++) if (shown[i][0] === f) return shown[i][1];
    return null;
  }

  // open points each linked frame at the step the hash names: before it
  // has loaded, through its URL (the poster is then the step's); once it
  // runs, through the postMessage API.
  function open(byMessage) {
    var all = linked();
    all.forEach(function (f) {
      var v = valueFor(f, all);
      if (v === null || v === remembered(f)) return;
      remember(f, v);
      if (byMessage) {
        if (f.contentWindow) f.contentWindow.postMessage({ type: 'stancemap:set', event: v }, '*');
        return;
      }
      try {
        var u = new URL(f.getAttribute('src') || '', location.href);
        if (u.searchParams.get('event') === v) return;
        u.searchParams.set('event', v);
        f.setAttribute('src', u.href);
      } catch (e) { /* a frame without a usable src */ }
    });
  }

  // write puts frame f's step into the hash, replacing the current entry.
  function write(f, v) {
    var all = linked();
    if (all.indexOf(f) < 0 || typeof v !== 'string' || v.length > 100) return;
    var k = key(f, all), pair = k + '=' + encodeURIComponent(v), done = false;
    var list = parts().map(function (p) {
      if (p.slice(0, p.indexOf('=')) !== k) return p;
      done = true;
      return pair;
    });
    if (!done) list.push(pair);
    remember(f, v);
    try {
      history.replaceState(history.state, '', location.pathname + location.search + '#' + list.join('&'));
    } catch (e) { /* a sandboxed page may not */ }
  }

  window.addEventListener('message', function (e) {
    if (!e.source) return;
    var d = e.data, h = Math.ceil(height(d));
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (f.contentWindow !== e.source) continue;
      if (h > 0) {
        h = Math.min(MAX, Math.max(MIN, h));
        if (f.style.height !== h + 'px') {
          f.style.height = h + 'px';
          f.setAttribute('height', String(h));
        }
      } else if (d && typeof d === 'object' && d.type === 'stancemap:eventchange') {
        write(f, d.event);
      }
    }
  });
  window.addEventListener('hashchange', function () { open(true); });
  open(false);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { open(false); });
})();
