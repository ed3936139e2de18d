/* On the embedding page, beside <iframe src="https://HOST/embed/timelines/SLUG/">: resize each
   timeline iframe to its content. Only messages from this script's own origin are believed. */
(function () {
  "use strict";
  var s = document.currentScript;
  if (!s || window.diploTimelineResizer) return;
  window.diploTimelineResizer = true;
  var origin = new URL(s.src, location.href).origin;
  addEventListener("message", function (e) {
    var d = e.data, h = d && +d.height;
    if (e.origin !== origin || d.type !== "diplo-timeline:height" || !(h > 0 && h < 1e6)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var max = +f.getAttribute("data-max-height");
      f.style.height = (max > 0 ? Math.min(h, max) : h) + "px";
    }
  });
})();
