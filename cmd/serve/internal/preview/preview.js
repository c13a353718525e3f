// preview.js reloads the preview page when cmd/serve says the story under
// preview changed (it answers _preview/wait once the story is newer than
// the page's version), and keeps the step the reader is on in the page's
// URL, from the embed's eventchange messages, so the reloaded map opens at
// the same step. (The frame opts out of the parent script's #stancemap=
// links, which would point the reloaded frame at the step through its src
// after it had started loading, aborting its first requests.)
(function () {
  'use strict';
  var version = document.body.getAttribute('data-version');
  var frame = document.querySelector('iframe[data-stancemap]');
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!frame || e.source !== frame.contentWindow || !d || d.type !== 'stancemap:eventchange' || !d.event) return;
    var u = new URL(location.href);
    u.searchParams.set('event', d.event);
    history.replaceState(null, '', u.href);
  });
  function wait() {
    fetch('_preview/wait?v=' + encodeURIComponent(version), { cache: 'no-store' }).then(function (r) {
      // The answer is read to its end before the reload, which would
      // otherwise abort it.
      return r.text().then(function () { return r.status; });
    }).then(function (status) {
      if (status === 200) location.reload();
      else wait();
    }, function () {
      setTimeout(wait, 1000); // the server is away: ask again, a restarted one answers
    });
  }
  wait();
})();
