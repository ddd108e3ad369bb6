/* Annotated news: the search dialog (Pagefind's component UI in Material's
   header). annotated.js mounts it on every page (window.anSearch.mount) and
   closes it when the page changes (window.anSearch.close). */
(function () {
  "use strict";

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
    var script = document.querySelector("script[src$='assets/search.js']");
    return new URL(script.src.replace(/assets\/search\.js.*$/, ""), location.href).pathname;
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

  window.anSearch = { mount: mountSearch, close: closeSearch };
})();
