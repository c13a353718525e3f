// loader-tools.js is the row of tools under the live map: the PNG and SVG
// downloads (the wasm draws; stancemap.svgToPNG is the browser's part of
// a PNG) and the Link button, which copies the address of the view on
// screen (stancemap.linkURL). loader.js adds them once the wasm is to run.
(function () {
  'use strict';
  var L = window.stancemapLoader;
  if (!L) return;
  var pick = L.pick, note = L.note, stancemap = window.stancemap;
  var root = document.documentElement;
  var body = document.body;

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
    copied: { en: 'Link to this view copied.', es: 'Enlace a esta vista copiado.', ru: 'Ссылка на этот вид скопирована.', pt: 'Link para esta visualização copiado.', fr: 'Lien vers cette vue copié.' },
    select: { en: 'Copy this link:', es: 'Copie este enlace:', ru: 'Скопируйте ссылку:', pt: 'Copie este link:', fr: 'Copiez ce lien\u00a0:' },
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
    if (share && stancemap.event && !pick.param('data') && !region) {
      return share.content.replace('{event}', encodeURIComponent(stancemap.event))
        .replace('{lang}', encodeURIComponent(root.lang || pick.lang));
    }
    var u = new URL(location.pathname, location.href);
    var q = new URLSearchParams();
    if (stancemap.event) q.set('event', stancemap.event);
    q.set('lang', root.lang || pick.lang);
    if (stancemap.region && stancemap.region !== 'world') q.set('region', stancemap.region);
    ['theme', 'data'].forEach(function (k) { if (pick.param(k)) q.set(k, pick.param(k)); });
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

  // addTools makes the buttons work (the wasm shows them when it runs).
  L.addTools = function () {
    document.getElementById('save-png').addEventListener('click', function () { if (stancemap.download) stancemap.download('png'); });
    document.getElementById('save-svg').addEventListener('click', function () { if (stancemap.download) stancemap.download('svg'); });
    document.getElementById('copy-link').addEventListener('click', copyLink);
  };
})();
