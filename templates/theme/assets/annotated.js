/* Annotated news: layer switches, copy-link buttons, landing on a quote or
   note (cards: cards.js; search: search.js). Runs on every page; under
   Material's instant navigation `init` runs again after each page swap
   (document$), while listeners on document stay. */
(function () {
  "use strict";

  document.documentElement.classList.add("an-js");

  // Text fragments reserve "-", "," and "&"; encodeURIComponent encodes "," and
  // "&" (and spaces) but leaves "-", so it is encoded here.
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
      live.setAttribute("role", "status");
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

  function onCopyClick(event) {
    var button = event.target.closest && event.target.closest("button.an-copy");
    if (!button) return;
    var url = permalink(button.dataset.anchor, button.dataset.words);
    button.dataset.copied = url;
    copy(url).then(function () {
      button.textContent = "Link copied";
      announce("Link copied");
    }, function () {
      button.textContent = "Copy failed";
      announce("Copy failed: the link is " + url);
    }).then(function () {
      window.setTimeout(function () { button.textContent = "Copy link"; }, 4000);
    });
  }

  // Layers: the reader turns each kind of mark (figures, quotes, dates,
  // names) on or off; the choice is remembered across pages and visits
  // (localStorage "an-layers": the layers that are off). main.html applies
  // it before the page is drawn; a layer that is off shows clean text and
  // has no tab stops (cards.js re-arms the highlights).
  var LAYERS = "an-layers";

  function offLayers() {
    try {
      var stored = JSON.parse(localStorage.getItem(LAYERS) || "[]");
      return Array.isArray(stored) ? stored.filter(function (l) { return /^[a-z]+$/.test(l); }) : [];
    } catch (e) {
      return [];
    }
  }

  function applyLayers(off) {
    var root = document.documentElement;
    Array.prototype.slice.call(root.classList).forEach(function (c) {
      if (c.indexOf("an-off-") === 0 && off.indexOf(c.slice(7)) < 0) root.classList.remove(c);
    });
    off.forEach(function (l) { root.classList.add("an-off-" + l); });
    document.querySelectorAll("input.an-layer").forEach(function (input) {
      input.checked = off.indexOf(input.dataset.anLayer) < 0;
    });
    if (window.anCards) window.anCards.arm();
  }

  function onLayerChange(event) {
    var input = event.target;
    if (!input.matches || !input.matches("input.an-layer")) return;
    var layer = input.dataset.anLayer;
    var off = offLayers().filter(function (l) { return l !== layer; });
    if (!input.checked) off.push(layer);
    try { localStorage.setItem(LAYERS, JSON.stringify(off)); } catch (e) { /* private mode */ }
    applyLayers(off);
    announce((input.checked ? "Showing " : "Hiding ") + layer);
  }

  // Landing: mark the element the address points at (":target" does not
  // follow Material's instant navigation, which uses history.pushState),
  // scroll it below the sticky header (CSS scroll-margin-top), and keep the
  // mark until the reader moves on: another link, or scrolling it out of view.
  var landed = null;
  var watcher = null;

  function leave() {
    if (landed) landed.classList.remove("an-targeted");
    if (watcher) watcher.disconnect();
    landed = null;
    watcher = null;
  }

  // A quote's id opens with its speaker as the build found it, then its
  // first words. When a later build names the speaker anew, a link made
  // before still lands: on the one quote whose id ends with the same words
  // (at least two; a tie lands nowhere, and the text fragment may still find
  // the words).
  function quoteByWords(id) {
    if (id.indexOf("q-") !== 0) return null;
    var want = id.split("-");
    var best = null;
    var most = 0;
    var tie = false;
    document.querySelectorAll('[id^="q-"]').forEach(function (el) {
      var have = el.id.split("-");
      var n = 0;
      while (
        n < want.length - 1 && n < have.length - 1 &&
        want[want.length - 1 - n] === have[have.length - 1 - n]
      ) n++;
      if (n > most) { best = el; most = n; tie = false; }
      else if (n === most) tie = true;
    });
    return most >= 2 && !tie ? best : null;
  }

  function land() {
    leave();
    var id = decodeURIComponent(location.hash.slice(1).split(":~:")[0]);
    var el = id && (document.getElementById(id) || quoteByWords(id));
    if (!el) return;
    landed = el;
    el.classList.add("an-targeted");
    el.scrollIntoView({ block: "start" });
    if (el.classList.contains("an-note")) {
      // A note opened from its marker: move the keyboard focus to it.
      el.setAttribute("tabindex", "-1");
      el.focus({ preventScroll: true });
    }
    if ("IntersectionObserver" in window) {
      var seen = false;
      watcher = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) seen = true;
          else if (seen) leave();
        });
      });
      watcher.observe(el);
    }
  }

  // Search lives in search.js, which loads first and sets window.anSearch.
  function closeSearch() {
    if (window.anSearch) window.anSearch.close();
  }

  function init() {
    closeSearch();
    if (window.anSearch) window.anSearch.mount();
    if (window.anCards) window.anCards.init();
    applyLayers(offLayers());
    land();
  }

  function moved() {
    closeSearch();
    if (window.anCards) window.anCards.close(false);
    land();
  }

  document.addEventListener("click", onCopyClick);
  document.addEventListener("change", onLayerChange);
  window.addEventListener("hashchange", moved);
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(init);
    // Instant navigation follows links within a page with pushState, which
    // fires no hashchange; Material's location$ reports every move.
    if (window.location$ && window.location$.subscribe) {
      window.location$.subscribe(moved);
    }
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
