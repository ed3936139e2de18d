/* Inside the iframe page: tell the embedding page our height whenever it changes. The message
   carries only a number, so any parent may read it; iframe.js checks where it came from. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = -1;
  function send() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: "diplo-timeline:height", height: h }, "*");
  }
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.body);
  addEventListener("load", send);
  send();
})();
