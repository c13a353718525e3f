/* stancemap-embed.js: put this once on a page that embeds stancemap maps
   and has no height listener of its own. It sizes each stancemap iframe
   from the height messages the embed sends (Datawrapper, pym.js v1 or AMP
   dialect), matching the message's sender to the iframe, so the map never
   scrolls inside its frame. */
(function () {
  'use strict';
  if (window.stancemapEmbed) return;
  window.stancemapEmbed = true;
  function height(d) {
    if (typeof d === 'string') {
      var m = /^pymxPYMx.+xPYMxheightxPYMx(\d+)$/.exec(d);
      return m ? +m[1] : 0;
    }
    if (d && typeof d === 'object') {
      if (d.sentinel === 'amp' && d.type === 'embed-size') return +d.height;
      var dw = d['datawrapper-height'];
      if (dw && typeof dw === 'object') for (var k in dw) return +dw[k];
    }
    return 0;
  }
  window.addEventListener('message', function (e) {
    var h = Math.ceil(height(e.data));
    if (!(h > 0 && h < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && f.style.height !== h + 'px') {
        f.style.height = h + 'px';
        f.setAttribute('height', String(h));
      }
    }
  });
})();
