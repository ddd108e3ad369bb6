/* Annotated news: the search dialog, on Pagefind's JavaScript API.

   annotated.js mounts it on every page (window.anSearch.mount) and closes it
   when the page changes (window.anSearch.close). Pagefind's own component UI
   is not used: it ranks and counts articles only, while a reader here gets
   quotes as results of their own, words typed together found together first,
   and a count of exactly what is shown.

   Results, in this order:
   1. articles holding the typed words as a phrase (Pagefind's exact-phrase
      search, the words in quotation marks), each preceded by its quotes that
      hold the phrase;
   2. the other articles holding the words, each preceded by its quotes that
      hold every word, and by every quote of a speaker whose name the words
      are ("Jackson" lists Abigail Jackson's quotes).
   A quote is a result "Speaker: “opening words…”" linking to its permalink.
   Pagefind gives each element with an id as an "anchor" (id, text, first
   word position); the page's meta value named after a quote's id is its
   speaker, the one named "<id>.text" its words (see annotated_news/search.py). */
(function () {
  "use strict";

  var ARTICLES = 20;          // articles loaded at a time ("Show more" loads more)
  var QUOTES_PER_ARTICLE = 5;
  var EXCERPT_WORDS = 20;
  var DEBOUNCE_MS = 40;
  var FIRST = 4;              // articles loaded before the rest of a batch
  var FILTERS = ["speaker", "outlet", "article"];

  var root = null;            // the site's root path ("/")
  var pagefind = null;        // the loaded module, or a promise of it
  var served = null;          // under `mkdocs serve`: the index version served
  var notice = null;          // ... and the line saying a newer one is coming
  var dialog = null;
  var input = null;
  var list = null;
  var summary = null;
  var more = null;
  var trigger = null;
  var state = { id: 0, rows: [], quotes: 0, articles: 0, pending: [], total: 0 };

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }

  function safeUrl(url) {
    return /^(\/|https?:\/\/)/.test(url) ? url : "#";
  }

  function element(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return el;
  }

  // Words as Pagefind and the reader see them: lower case, no punctuation
  // at either end ("‘Operation" -> "operation").
  function norm(word) {
    return String(word).toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  }

  function words(text) {
    return String(text).split(/\s+/).map(norm).filter(Boolean);
  }

  // A typed term matches a word it starts (Pagefind also finds "operations"
  // for "operation"); a term of one or two letters only the same word.
  function matches(term, word) {
    return term.length < 3 ? word === term : word.indexOf(term) === 0;
  }

  function hasPhrase(haystack, terms) {
    outer: for (var i = 0; i + terms.length <= haystack.length; i++) {
      for (var k = 0; k < terms.length; k++) {
        if (haystack[i + k] !== terms[k]) continue outer;
      }
      return true;
    }
    return false;
  }

  // Which words of a text are part of an occurrence of the phrase.
  function phraseAt(text, terms) {
    var said = String(text).split(/\s+/).filter(Boolean).map(norm);
    var inPhrase = {};
    for (var i = 0; i + terms.length <= said.length; i++) {
      var k = 0;
      while (k < terms.length && said[i + k] === terms[k]) k++;
      if (k === terms.length) for (k = 0; k < terms.length; k++) inPhrase[i + k] = true;
    }
    return function (i) { return !!inPhrase[i]; };
  }

  function opening(text) {
    var ws = text.replace(/^[“”"‘’'«»\s]+|[“”"‘’'«»\s]+$/g, "").split(/\s+/);
    var cut = ws.slice(0, 8).join(" ").replace(/[,;:]$/, "");
    return cut + (ws.length > 8 ? "…" : "");
  }

  function excerptOf(text, marked) {
    var ws = String(text).split(/\s+/).filter(Boolean);
    var first = ws.findIndex(function (_, i) { return marked(i, ws[i]); });
    if (first < 0) first = 0;
    var from = Math.max(0, Math.min(first - 3, ws.length - EXCERPT_WORDS));
    var to = Math.min(ws.length, from + EXCERPT_WORDS);
    return (from > 0 ? "… " : "") + ws.slice(from, to).map(function (w, i) {
      return marked(from + i, w) ? "<mark>" + escapeHtml(w) + "</mark>" : escapeHtml(w);
    }).join(" ") + (to < ws.length ? " …" : "");
  }

  // The quotes of an article that are results for the typed terms.
  function quoteRows(data, terms, phrase, speakers) {
    var meta = data.meta || {};
    var base = String(data.url).split("#")[0];
    var rows = [];
    (data.anchors || []).forEach(function (anchor) {
      var speaker = anchor.element === "q" && meta[anchor.id];
      if (!speaker) return;  // not a quote with a speaker (scare quotes)
      if (speakers && speakers.indexOf(speaker) < 0) return;
      // The quote's words from the meta "<id>.text": Pagefind's anchor text
      // leaves out nested elements with an id (a figure in the quote) and
      // decodes entities once too often (its issue #459).
      var text = String(meta[anchor.id + ".text"] || anchor.text);
      var said = words(text);
      var named = words(speaker);
      var byName = terms.length > 0 && terms.every(function (t) {
        return named.some(function (w) { return matches(t, w); });
      });
      var rank;
      if (phrase && hasPhrase(said, terms)) rank = 0;
      else if (byName) rank = 1;
      else if (terms.length && terms.every(function (t) {
        return said.some(function (w) { return matches(t, w); });
      })) rank = 2;
      else if (!terms.length && speakers) rank = 1;  // a speaker chosen, no words
      else return;
      var marked = rank === 0 ? phraseAt(text, terms) : function (i, w) {
        var n = norm(w);
        return terms.some(function (t) { return matches(t, n); });
      };
      var who = speaker.charAt(0).toUpperCase() + speaker.slice(1);
      rows.push({
        rank: rank, quote: true,
        url: base + "#" + anchor.id,
        title: who + ": “" + opening(text) + "”",
        source: "Quote in " + (meta.title || ""),
        excerpt: excerptOf(text, marked)
      });
    });
    rows.sort(function (a, b) { return a.rank - b.rank; });  // stable: page order
    return rows.slice(0, QUOTES_PER_ARTICLE);
  }

  // Pagefind's excerpt is the content's words with "<" and ">" escaped but
  // not "&" (so "&lt;b&gt;" in an article would show as "<b>"), its matched
  // words in <mark>. The same words are taken from the content and escaped
  // whole; the marks stay where Pagefind put them. If the words do not line
  // up (text split at zero-width spaces), Pagefind's excerpt is kept.
  function articleExcerpt(data) {
    var excerpt = String(data.excerpt || "");
    if (!excerpt || String(data.raw_content || "").indexOf("\u200B") >= 0) return excerpt;
    var shown = excerpt.split(" ");
    var plain = shown.map(function (w) { return w.replace(/^<mark>([\s\S]*)<\/mark>$/, "$1"); });
    var words = String(data.content || "").split(/[\r\n\s]+/g);
    var raw = function (w) { return w.replace(/</g, "&lt;").replace(/>/g, "&gt;"); };
    for (var s = 0; s + plain.length <= words.length; s++) {
      var at = s;
      if (plain.every(function (w, j) { return raw(words[at + j]) === w; })) {
        return plain.map(function (w, j) {
          var word = escapeHtml(words[at + j]);
          return shown[j] !== w ? "<mark>" + word + "</mark>" : word;
        }).join(" ");
      }
    }
    return excerpt;
  }

  function articleRow(data) {
    return { quote: false, url: data.url, title: (data.meta && data.meta.title) || data.url,
             source: "", excerpt: articleExcerpt(data) };
  }

  function rowHtml(row) {
    return '<li class="pf-result' + (row.quote ? " an-result-quote" : "") + '">' +
      '<p class="pf-result-title"><a class="pf-result-link" href="' +
      escapeHtml(safeUrl(row.url)) + '">' + escapeHtml(row.title) + "</a></p>" +
      (row.source ? '<p class="an-result-source">' + escapeHtml(row.source) + "</p>" : "") +
      (row.excerpt ? '<p class="pf-result-excerpt">' + row.excerpt + "</p>" : "") +
      "</li>";
  }

  function chosenFilters() {
    var filters = {};
    dialog.querySelectorAll("select[data-filter]").forEach(function (select) {
      if (select.value) filters[select.getAttribute("data-filter")] = select.value;
    });
    return filters;
  }

  function say(text) { summary.textContent = text; }

  function counted(n, noun) { return n + " " + noun + (n === 1 ? "" : "s"); }

  function showSummary(query) {
    var shown = state.quotes + state.articles;
    var text = counted(shown, "result") + " for “" + query + "”";
    if (shown) {
      text += ": " + [state.quotes ? counted(state.quotes, "quote") : "",
                      counted(state.articles, "article")].filter(Boolean).join(" and ");
    }
    if (state.pending.length) {
      text += " (" + state.articles + " of " + state.total + " matching articles shown)";
    }
    say(text + ".");
  }

  // Load and show the next articles of the result list, in order.
  function showMore(id, query, terms, speakers) {
    var batch = state.pending.splice(0, ARTICLES);
    more.hidden = true;
    var next = 0;
    // The first few articles' data first, so that the first result is not
    // kept waiting by the others' fragments; then the rest.
    var head = batch.slice(0, FIRST).map(function (item) {
      return item.result.data().then(function (data) { item.data = data; });
    });
    var done = head.concat(batch.slice(FIRST).map(function (item) {
      return Promise.all(head).then(function () {
        return item.result.data();
      }).then(function (data) { item.data = data; });
    }));
    // Show each article as soon as those before it are shown.
    function flush() {
      if (id !== state.id) return;
      while (next < batch.length && batch[next].data) {
        var item = batch[next++];
        var rows = quoteRows(item.data, terms, item.phrase, speakers);
        if (!speakers || !rows.length) rows.push(articleRow(item.data));
        rows.forEach(function (row) {
          list.insertAdjacentHTML("beforeend", rowHtml(row));
          if (row.quote) state.quotes++; else state.articles++;
        });
      }
    }
    done.forEach(function (p) { p.then(flush); });
    return Promise.all(done).then(function () {
      if (id !== state.id) return;
      flush();
      more.hidden = state.pending.length === 0;
      showSummary(query);
    });
  }

  // A large site has one index per part of its articles
  // (annotated_news/search.py): the first lists the others in shards.json,
  // and they are merged into it, so that one search covers them all.
  function mergeShards(module, bundle, version) {
    return fetch(bundle + "shards.json" + version).then(function (response) {
      return response.ok ? response.json() : { shards: [] };
    }).then(function (listed) {
      return Promise.all((listed.shards || []).map(function (part) {
        return module.mergeIndex(bundle + part, { baseUrl: root });
      }));
    });
  }

  function loadPagefind() {
    if (!pagefind) {
      var version = served !== null ? "?v=" + served : "";
      var bundle = root + "pagefind/";
      pagefind = import(bundle + "pagefind.js" + version).then(function (module) {
        return Promise.resolve(module.options({ baseUrl: root, bundlePath: bundle }))
          .then(function () { return module.init && module.init(); })
          .then(function () { return mergeShards(module, bundle, version); })
          .then(function () { return module; });
      });
    }
    return pagefind;
  }

  function run() {
    var query = input.value.trim();
    var filters = chosenFilters();
    var speakers = filters.speaker ? [filters.speaker] : null;
    var id = ++state.id;
    var terms = words(query.replace(/["“”]/g, " "));
    if (!terms.length && !Object.keys(filters).length) {
      list.innerHTML = "";
      more.hidden = true;
      say("");
      return Promise.resolve();
    }
    say("Searching…");
    return loadPagefind().then(function (pf) {
      var options = { filters: filters };
      var phraseWanted = terms.length > 1;
      var quoted = '"' + terms.join(" ") + '"';
      return Promise.all([
        pf.search(terms.length ? query : null, options),
        phraseWanted ? pf.search(quoted, options) : Promise.resolve(null)
      ]).then(function (found) {
        if (id !== state.id) return;
        var plain = found[0] ? found[0].results : [];
        var phrase = found[1] ? found[1].results : [];
        var seen = {};
        var ordered = [];
        phrase.forEach(function (r) { seen[r.id] = true; ordered.push({ result: r, phrase: true }); });
        plain.forEach(function (r) {
          if (!seen[r.id]) ordered.push({ result: r, phrase: false });
        });
        list.innerHTML = "";
        state.rows = [];
        state.quotes = 0;
        state.articles = 0;
        state.pending = ordered;
        state.total = ordered.length;
        if (!ordered.length) {
          more.hidden = true;
          say("No results for “" + query + "”.");
          return;
        }
        return showMore(id, query, terms, speakers);
      });
    }).catch(function (err) {
      if (id === state.id) say("Search failed: " + (err && err.message || err));
    });
  }

  // Search once typing pauses. (No preload per keystroke: each would fetch
  // the index chunks of a word not yet typed whole.)
  var timer = 0;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  }

  // Filters: filled from Pagefind's filter index the first time they open
  // (the article filter lists every article: not loaded for every search).
  function fillFilters(details) {
    if (details.getAttribute("data-filled")) return;
    details.setAttribute("data-filled", "1");
    loadPagefind().then(function (pf) { return pf.filters(); }).then(function (all) {
      details.querySelectorAll("select[data-filter]").forEach(function (select) {
        var values = all[select.getAttribute("data-filter")] || {};
        Object.keys(values).sort(function (a, b) {
          return a.localeCompare(b);
        }).forEach(function (value) {
          select.appendChild(element("option", { value: value },
                                     [value + " (" + values[value] + ")"]));
        });
      });
    });
  }

  function results() {
    return Array.prototype.slice.call(list.querySelectorAll(".pf-result-link"));
  }

  function onKey(event) {
    var links = results();
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && links.length) {
      event.preventDefault();
      if (at <= 0) input.focus(); else links[at - 1].focus();
    }
  }

  // Under `mkdocs serve` the index is rebuilt in the background after an
  // edit (annotated_news/serve_search.py): while it is, the dialog says so;
  // when a newer index is in place, the next search loads it.
  var STATUS_POLL_MS = 1000;
  function checkIndex() {
    var meta = document.querySelector('meta[name="an-search-status"]');
    if (!meta) return;
    fetch(meta.getAttribute("content"), { cache: "no-store" }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (status) {
      if (!status) return;
      notice.hidden = !status.indexing;
      var newer = served !== null && status.version !== served;
      served = status.version;
      if (newer) {
        pagefind = null;
        if (input.value.trim()) run();
      }
      if (status.indexing && dialog.open) setTimeout(checkIndex, STATUS_POLL_MS);
    }).catch(function () {});
  }

  function open() {
    checkIndex();
    loadPagefind();
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
  }

  function close() {
    if (dialog && dialog.open) dialog.close();
  }

  var ICON = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">' +
    '<path fill="currentColor" d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';

  function build() {
    var filterBox = element("details", { class: "an-search-filters" }, [
      element("summary", {}, ["Filters"])
    ]);
    FILTERS.forEach(function (name) {
      var label = name.charAt(0).toUpperCase() + name.slice(1);
      var select = element("select", { "data-filter": name }, [
        element("option", { value: "" }, ["Any " + name])
      ]);
      select.addEventListener("change", run);
      filterBox.appendChild(element("label", {}, [label + " ", select]));
    });
    filterBox.addEventListener("toggle", function () {
      if (filterBox.open) fillFilters(filterBox);
    });
    input = element("input", {
      type: "search", placeholder: "Search quotes and articles",
      "aria-label": "Search quotes and articles", autocomplete: "off",
      spellcheck: "false", "aria-controls": "an-search-results" });
    input.addEventListener("input", schedule);
    var closeButton = element("button", { type: "button", class: "an-search-close",
                                          "aria-keyshortcuts": "Escape" }, ["Close"]);
    closeButton.addEventListener("click", close);
    summary = element("p", { class: "an-search-summary", role: "status" });
    notice = element("p", { class: "an-search-notice", role: "status", hidden: "" }, [
      "The search index is catching up with the last edit: " +
      "for a few seconds, results may leave it out."]);
    list = element("ol", { id: "an-search-results", class: "pf-results",
                           "aria-label": "Results" });
    more = element("button", { type: "button", class: "an-search-more", hidden: "" },
                   ["Show more articles"]);
    more.addEventListener("click", function () {
      var query = input.value.trim();
      var filters = chosenFilters();
      showMore(state.id, query, words(query.replace(/["“”]/g, " ")),
               filters.speaker ? [filters.speaker] : null);
    });
    dialog = element("dialog", { class: "an-search-dialog", "aria-label": "Search" }, [
      element("div", { class: "an-search-bar" }, [input, closeButton]),
      filterBox, notice, summary, list, more
    ]);
    dialog.addEventListener("keydown", onKey);
    // A click on the backdrop (outside the panel) closes the dialog.
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) close();
    });
    dialog.addEventListener("close", function () {
      if (trigger && document.contains(trigger)) trigger.focus({ preventScroll: true });
    });
    // Following a result closes the dialog (Material's instant navigation
    // keeps the page's scripts, and the dialog, alive).
    list.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest("a")) close();
    });
    document.body.appendChild(element("div", { id: "an-search-modal" }, [dialog]));
  }

  function siteRoot() {
    var script = document.querySelector("script[src$='assets/search.js']");
    return new URL(script.src.replace(/assets\/search\.js.*$/, ""), location.href).pathname;
  }

  function typing(target) {
    return target && (target.isContentEditable ||
      /^(input|textarea|select)$/i.test(target.tagName));
  }

  function mountSearch() {
    var header = document.querySelector(".md-header__inner");
    if (!header || document.getElementById("an-search")) return;
    root = root || siteRoot();
    if (!dialog) {
      build();
      document.addEventListener("keydown", function (event) {
        if (event.key === "/" && !typing(event.target) && !event.ctrlKey &&
            !event.metaKey && !event.altKey) {
          event.preventDefault();
          open();
        }
      });
    }
    trigger = element("button", {
      type: "button", class: "an-search-trigger", "aria-haspopup": "dialog",
      "aria-keyshortcuts": "/", "aria-label": "Search" });
    trigger.innerHTML = ICON + '<span class="an-search-trigger__label">Search</span>' +
      '<kbd class="an-search-trigger__key" aria-hidden="true">/</kbd>';
    trigger.addEventListener("click", open);
    // Load Pagefind when the reader shows an intent to search.
    ["pointerenter", "focus", "touchstart"].forEach(function (type) {
      trigger.addEventListener(type, loadPagefind, { once: true, passive: true });
    });
    var title = header.querySelector(".md-header__title");
    header.insertBefore(element("div", { id: "an-search" }, [trigger]),
                        title ? title.nextSibling : null);
  }

  window.anSearch = { mount: mountSearch, close: close, run: run };
})();
