/* Editors' admin: drop-down list filters and copy buttons. No inline scripts, no framework. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  // A list filter over thousands of rows: suggestions come from the admin's autocomplete view;
  // picking one reloads the list with ?<param>=<id>.
  function autocompleteFilter(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var ids = {};
    var timer = null;
    function go(id) {
      var base = input.dataset.base.replace(/^\?/, "");
      var sep = base ? "&" : "";
      window.location.search = base + sep + encodeURIComponent(input.dataset.param) + "=" +
        encodeURIComponent(id);
    }
    input.addEventListener("input", function () {
      if (ids[input.value]) { go(ids[input.value]); return; }
      clearTimeout(timer);
      var term = input.value.trim();
      if (term.length < 2) return;
      timer = setTimeout(function () {
        fetch(input.dataset.url + "&term=" + encodeURIComponent(term),
              {credentials: "same-origin", headers: {"Accept": "application/json"}})
          .then(function (r) { return r.ok ? r.json() : {results: []}; })
          .then(function (data) {
            list.textContent = "";
            ids = {};
            data.results.forEach(function (row) {
              var option = document.createElement("option");
              option.value = row.text;
              ids[row.text] = row.id;
              list.appendChild(option);
            });
          });
      }, 200);
    });
  }

  ready(function () {
    document.querySelectorAll("select.ev-filter-select").forEach(function (select) {
      select.addEventListener("change", function () {
        window.location.search = select.value.replace(/^\?/, "");
      });
    });
    document.querySelectorAll("input.ev-filter-auto").forEach(autocompleteFilter);
    document.querySelectorAll("button.ev-copy").forEach(function (button) {
      button.addEventListener("click", function () {
        var source = button.parentNode.querySelector(".ev-copy-src");
        if (!source) return;
        var done = function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 1500);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(source.value).then(done, function () {
            source.select(); document.execCommand("copy"); done();
          });
        } else {
          source.select(); document.execCommand("copy"); done();
        }
      });
    });
  });
})();
