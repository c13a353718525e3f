/* stancemap-embed.js: put this once on a page that embeds stancemap maps
   and has no height listener of its own. It sizes each stancemap iframe
   (marked data-stancemap) from the height messages the embed sends
   (Datawrapper, pym.js v1 or AMP dialect), matching the message's sender to
   the iframe, so the map never scrolls inside its frame. Other iframes are
   left alone, whatever they send, and a height is kept between MIN and MAX
   px. */
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
  window.addEventListener('message', function (e) {
    var h = Math.ceil(height(e.data));
    if (!(h > 0) || !e.source) return;
    h = Math.min(MAX, Math.max(MIN, h));
    var frames = document.querySelectorAll('iframe[data-stancemap]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && f.style.height !== h + 'px') {
        f.style.height = h + 'px';
        f.setAttribute('height', String(h));
      }
    }
  });
})();
