/* Annotated news: copy-link buttons, landing on a quote, Pagefind search. */
(function () {
  "use strict";

  // Text fragment syntax reserves "-", "," and "&"; encodeURIComponent leaves "-".
  function fragmentText(words) {
    return encodeURIComponent(words).replace(/-/g, "%2D");
  }

  function permalink(anchor, words) {
    var base = location.origin + location.pathname;
    var text = words ? ":~:text=" + fragmentText(words) : "";
    return base + "#" + anchor + text;
  }

  function announce(message) {
    var live = document.getElementById("an-live");
    if (!live) {
      live = document.createElement("div");
      live.id = "an-live";
      live.className = "an-label";
      live.setAttribute("aria-live", "polite");
      document.body.appendChild(live);
    }
    live.textContent = "";
    window.setTimeout(function () { live.textContent = message; }, 50);
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }

  function onClick(event) {
    var button = event.target.closest && event.target.closest("button.an-copy");
    if (!button) return;
    var url = permalink(button.dataset.anchor, button.dataset.words);
    copy(url).then(function () {
      button.dataset.copied = url;
      button.textContent = "Link copied";
      announce("Link copied");
      window.setTimeout(function () { button.textContent = "Copy link"; }, 4000);
    });
  }

  // Mark the element a link points at; also under instant navigation, where
  // the browser's own :target may not follow.
  function land() {
    document.querySelectorAll(".an-targeted").forEach(function (el) {
      el.classList.remove("an-targeted");
    });
    var id = decodeURIComponent(location.hash.slice(1).split(":~:")[0]);
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    el.classList.add("an-targeted");
    el.scrollIntoView({ block: "start" });
  }

  function mountSearch() {
    if (typeof PagefindUI === "undefined" || document.getElementById("an-search")) return;
    var header = document.querySelector(".md-header__inner");
    if (!header) return;
    var box = document.createElement("div");
    box.id = "an-search";
    var title = header.querySelector(".md-header__title");
    header.insertBefore(box, title ? title.nextSibling : null);
    var root = document.querySelector("script[src$='annotated.js']").src.replace(/assets\/annotated\.js.*$/, "");
    new PagefindUI({ element: "#an-search", bundlePath: root + "pagefind/",
                     showSubResults: true, resetStyles: false });
  }

  function init() {
    land();
    mountSearch();
  }

  document.addEventListener("click", onClick);
  window.addEventListener("hashchange", land);
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
