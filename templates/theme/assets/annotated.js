/* Annotated news: copy-link buttons, landing on a quote or note, search.
   Runs on every page; under Material's instant navigation `init` runs again
   after each page swap (document$), while listeners on document stay. */
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

  function land() {
    leave();
    var id = decodeURIComponent(location.hash.slice(1).split(":~:")[0]);
    var el = id && document.getElementById(id);
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

  // Search: Pagefind's component UI, a trigger in Material's header ("/"
  // opens it) and a modal dialog with filters, kept across page swaps.
  //
  // One result per quote: a matching article is shown as its quotes whose
  // words were matched ("Speaker: “opening words…”", linking to the quote's
  // permalink), then the article itself. Pagefind gives each element with an
  // id as an "anchor" (id, text, first word position) and the positions of
  // the matched words; each quote's speaker is the page's meta value named
  // after the quote's id. With a speaker filter on, only that speaker's
  // quotes are shown. (Heading sub-results are left out: the only heading of
  // most articles is their title.)
  var QUOTES_PER_ARTICLE = 5;
  var MAX_RESULTS = 30;  // articles listed; the summary still counts them all
  var EXCERPT_WORDS = 20;
  var search = null;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }

  function safeUrl(url) {
    return /^(\/|https?:\/\/)/.test(url) ? url : "#";
  }

  function row(url, title, source, excerpt) {
    return '<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">' +
      '<p class="pf-result-title"><a class="pf-result-link" href="' + escapeHtml(safeUrl(url)) +
      '">' + escapeHtml(title) + "</a></p>" +
      (source ? '<p class="an-result-source">' + escapeHtml(source) + "</p>" : "") +
      (excerpt ? '<p class="pf-result-excerpt">' + excerpt + "</p>" : "") +
      "</div></div></li>";
  }

  function opening(text) {
    var words = text.replace(/^[“”"‘’'«»\s]+|[“”"‘’'«»\s]+$/g, "").split(/\s+/);
    var cut = words.slice(0, 8).join(" ").replace(/[,;:]$/, "");
    return cut + (words.length > 8 ? "…" : "");
  }

  function quoteRows(data, speakers) {
    var meta = data.meta || {};
    var hits = data.locations || [];
    var base = String(data.url).split("#")[0];
    var rows = [];
    (data.anchors || []).forEach(function (anchor) {
      var speaker = anchor.element === "q" && meta[anchor.id];
      if (!speaker) return;  // not a quote with a speaker (scare quotes)
      if (speakers && speakers.indexOf(speaker) < 0) return;
      var words = String(anchor.text).split(/\s+/).filter(Boolean);
      var marked = {};
      var first = -1;
      hits.forEach(function (at) {
        var i = at - anchor.location;
        if (i >= 0 && i < words.length) {
          marked[i] = true;
          if (first < 0 || i < first) first = i;
        }
      });
      if (first < 0) return;
      var from = Math.max(0, Math.min(first - 3, words.length - EXCERPT_WORDS));
      var to = Math.min(words.length, from + EXCERPT_WORDS);
      var excerpt = (from > 0 ? "… " : "") + words.slice(from, to).map(function (w, i) {
        return marked[from + i] ? "<mark>" + escapeHtml(w) + "</mark>" : escapeHtml(w);
      }).join(" ") + (to < words.length ? " …" : "");
      var who = speaker.charAt(0).toUpperCase() + speaker.slice(1);
      rows.push({ count: Object.keys(marked).length, html: row(
        base + "#" + anchor.id, who + ": “" + opening(anchor.text) + "”",
        "Quote in " + (meta.title || ""), excerpt) });
    });
    rows.sort(function (a, b) { return b.count - a.count; });  // stable: page order
    return rows.slice(0, QUOTES_PER_ARTICLE).map(function (r) { return r.html; });
  }

  function result(data) {
    var chosen = search && search.searchFilters && search.searchFilters.speaker;
    var speakers = chosen && chosen.length ? chosen : null;
    var rows = quoteRows(data, speakers);
    if (!speakers || !rows.length) {
      // Pagefind escapes the text of excerpts and marks the matched words.
      rows.push(row(data.url, (data.meta && data.meta.title) || data.url, "",
                    data.excerpt || ""));
    }
    return rows.join("");
  }

  function element(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { el.appendChild(c); });
    return el;
  }

  function siteRoot() {
    var script = document.querySelector("script[src$='assets/annotated.js']");
    return new URL(script.src.replace(/assets\/annotated\.js.*$/, ""), location.href).pathname;
  }

  var modal = null;

  function mountSearch() {
    var ui = window.PagefindComponents;
    var header = document.querySelector(".md-header__inner");
    if (!ui || !header || document.getElementById("an-search")) return;
    var root = siteRoot();
    search = ui.configureInstance("default", {
      bundlePath: root + "pagefind/", baseUrl: root });
    // Load Pagefind (its script, WebAssembly and index entry) when the reader
    // shows an intent to search, not with every page view.
    function preload() { if (search && search.triggerLoad) search.triggerLoad(); }
    // The modal builds its own header, body and footer; components given to it
    // as children are moved into its dialog and render twice, so the filters
    // and the result function are added to the built structure instead.
    modal = element("pagefind-modal");
    document.body.appendChild(element("div", { id: "an-search-modal" }, [modal]));
    var results = modal.querySelector("pagefind-results");
    results.resultTemplate = result;
    // Pagefind's results list makes a placeholder and an observer for every
    // match: 6,000 matches of a common word took 14 s at 10,000 articles.
    results.setAttribute("max-results", String(MAX_RESULTS));
    var input = modal.querySelector("pagefind-input");
    input.setAttribute("placeholder", "Search quotes and articles");
    input.setAttribute("debounce", "150");  // Pagefind's default waits 300 ms
    var filters = ["speaker", "article", "outlet"].map(function (name) {
      return element("pagefind-filter-dropdown", {
        filter: name, label: name.charAt(0).toUpperCase() + name.slice(1),
        sort: "alphabetical" });
    });
    var body = modal.querySelector("pagefind-modal-body");
    body.insertBefore(element("div", { class: "an-search-filters" }, filters),
                      body.firstChild);
    // Fixes to Pagefind's filter markup (axe-core, serious), applied whenever
    // it renders: its buttons have role=combobox, whose name does not come
    // from their text, so they are named; its options are named "Abigail
    // Jackson, 2 results", which differs from what they show; a long option
    // list scrolls but could not be focused.
    var filterBox = body.querySelector(".an-search-filters");
    function fixFilters() {
      filters.forEach(function (filter) {
        var button = filter.querySelector(".pf-dropdown-trigger");
        var name = filter.getAttribute("label") + " filter";
        if (button && button.getAttribute("aria-label") !== name) {
          button.setAttribute("aria-label", name);
        }
      });
      filterBox.querySelectorAll(".pf-dropdown-option[aria-label]").forEach(function (option) {
        option.removeAttribute("aria-label");
      });
      filterBox.querySelectorAll(".pf-dropdown-options:not([tabindex])").forEach(function (list) {
        list.setAttribute("tabindex", "0");  // a long list scrolls: reachable by keyboard
      });
    }
    fixFilters();
    new MutationObserver(fixFilters).observe(filterBox, { childList: true, subtree: true });
    var trigger = element("pagefind-modal-trigger", {
      shortcut: "/", placeholder: "Search" });
    var box = element("div", { id: "an-search" }, [trigger]);
    ["pointerenter", "focusin", "touchstart"].forEach(function (type) {
      box.addEventListener(type, preload, { once: true, passive: true });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "/") preload();
    });
    var title = header.querySelector(".md-header__title");
    header.insertBefore(box, title ? title.nextSibling : null);
  }

  function closeSearch() {
    if (modal && modal.close) modal.close();
  }

  function init() {
    closeSearch();
    mountSearch();
    land();
  }

  function moved() {
    closeSearch();
    land();
  }

  document.addEventListener("click", onCopyClick);
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
