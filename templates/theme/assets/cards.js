/* Annotation cards (TEAM.md §2): every highlight of an article opens a card
   saying what the site knows about it.

   The page carries its cards as JSON in <template id="an-cards"> (made at
   build time by annotated_news/render/cards.py), keyed by the data-card
   attribute of each highlight. One renderer per kind builds a card's body
   with textContent only, so seed text never becomes markup:
     window.anCards.register("credit", function (data, body, tools) { ... });

   Highlights become buttons only here, with JavaScript: without it they are
   plain text and the summary after the article gives the same facts. A
   highlight inside another (a name inside a figure) is not a button of its
   own: the outer card offers its card. Quote controls and note markers are
   links (to the quote, to the note) that open the card instead.

   The card is a non-modal dialog (WAI-ARIA): it opens on click, tap, Enter
   or Space; Esc, a click outside or a second press closes it and focus goes
   back to the highlight. */
(function () {
  "use strict";

  var kinds = {};
  var data = {};
  var card = null;
  var opener = null;
  var openKey = null;
  var previous = null;  /* the opener of the card closed last */
  var CONTROL = "a.an-qc, a.an-note-ref";
  var LAYER_OF = [
    ["mark.an-figure", "figures"],
    ["q.an-quote, a.an-qc, span.an-echo", "quotes"],
    ["time.an-date", "dates"],
    ["span.an-entity", "names"],
    ["span.an-credit", "sources"],
  ];

  function register(kind, render) { kinds[kind] = render; }

  /* Small DOM helpers for renderers (text only, never HTML). */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function link(label, href) {
    var a = el("a", "", label);
    a.href = href;
    return a;
  }

  function facts(body, rows) {
    var dl = el("dl", "an-card-facts");
    rows.forEach(function (row) {
      if (row[1] === "" || row[1] === null || row[1] === undefined) return;
      dl.appendChild(el("dt", "", row[0]));
      var dd = el("dd");
      if (typeof row[1] === "string" || typeof row[1] === "number") dd.textContent = row[1];
      else dd.appendChild(row[1]);
      dl.appendChild(dd);
    });
    if (dl.children.length) body.appendChild(dl);
    return dl;
  }

  function section(body, heading, items) {
    if (!items || !items.length) return;
    body.appendChild(el("p", "an-card-sub", heading));
    var ul = el("ul", "an-card-list");
    items.forEach(function (item) {
      var li = el("li");
      li.appendChild(item);
      ul.appendChild(li);
    });
    body.appendChild(ul);
  }

  /* "NBC News: “5,000 personnel”" (each linked), for the same annotation in
     other articles. */
  function elsewhere(list) {
    return (list || []).map(function (item) {
      var span = el("span");
      span.appendChild(link(item.outlet, item.href));
      span.appendChild(document.createTextNode(": “" + item.words.replace(/^[“”"]+|[“”"]+$/g, "") + "”"));
      if (item.how) span.appendChild(el("span", "an-card-how", " (" + item.how + ")"));
      return span;
    });
  }

  function more(body, target) {
    if (!target) return;
    var p = el("p", "an-card-more");
    p.appendChild(link(target.label, target.href));
    body.appendChild(p);
  }

  var tools = { el: el, link: link, facts: facts, section: section,
                elsewhere: elsewhere, more: more };

  register("figure", function (d, body) {
    facts(body, [["Value", d.value], ["Unit", d.unit], ["Qualifier", d.qualifier],
                 ["Rate", d.rate]]);
    section(body, "Also reported in", elsewhere(d.elsewhere));
    more(body, d.more);
  });

  register("quote", function (d, body) {
    var who = d.speaker_link ? link(d.speaker_link.label, d.speaker_link.href) : d.speaker;
    facts(body, [["Speaker", who], ["Kind", d.partial ? "partial quote (a few words)" : ""]]);
    var actions = el("p", "an-card-actions");
    var permalink = link("Permalink", "#" + d.anchor);
    permalink.className = "an-card-permalink";
    actions.appendChild(permalink);
    var copy = el("button", "an-copy", "Copy link");
    copy.type = "button";
    copy.dataset.anchor = d.anchor;
    copy.dataset.words = d.words;
    actions.appendChild(copy);
    body.appendChild(actions);
    section(body, "Also in", elsewhere(d.elsewhere));
    more(body, d.more);
  });

  register("date", function (d, body) {
    body.appendChild(el("p", "an-card-lead", "“" + d.written + "” → " + d.resolved));
    facts(body, [
      ["Precision", d.precision],
      ["Resolved from", d.relative ? "the publication date, " + d.relative : ""],
    ]);
    more(body, d.timeline);
  });

  register("name", function (d, body) {
    var count = d.articles === 1 ? "1 article" : d.articles + " articles";
    var mentions = d.mentions === 1 ? "1 mention" : d.mentions + " mentions";
    facts(body, [
      ["Kind", d.name_kind],
      ["Named in", count + " (" + mentions + ")"],
      ["Also written", d.forms.join(", ")],
      ["Titles", d.titles.join("; ")],
      ["Named as", d.joined || ""],
    ]);
    section(body, "Also in", elsewhere(d.elsewhere));
    more(body, d.place);
  });

  register("note", function (d, body) {
    body.appendChild(el("p", "an-card-lead", "On “" + d.noted + "”"));
    var box = document.getElementById(d.box);
    var note = box && box.querySelector(".an-note-body");
    if (note) {
      var copy = note.cloneNode(true);
      copy.removeAttribute("id");
      copy.querySelectorAll("[id]").forEach(function (n) { n.removeAttribute("id"); });
      body.appendChild(copy);
    }
    more(body, { label: "In the list of notes", href: "#" + d.box });
  });

  register("echo", function (d, body) {
    body.appendChild(el("p", "an-card-lead", "“" + d.written + "”"));
    section(body, "Quoted in", elsewhere(d.quoted_in));
  });

  register("credit", function (d, body) {
    var source = d.source_page ? link(d.source_page.label, d.source_page.href) : d.source;
    var count = d.count === null || d.count === undefined ? "" : String(d.count);
    facts(body, [["Credited", source], ["Kind", d.kind_label], ["How many", count],
                 ["Words", d.cue ? "“" + d.cue + " " + d.written + "”" : ""],
                 ["Its article", d.source_article ?
                   link(d.source_article.label, d.source_article.href) : ""]]);
    section(body, "Also credited in", (d.also || []).map(function (l) { return link(l.label, l.href); }));
    if (d.story) {
      var p = el("p", "an-card-more", "Part of the story ");
      p.appendChild(link(d.story.label, d.story.href));
      body.appendChild(p);
    }
  });

  /* Which highlights are on: the reader switches layers off (annotated.js). */
  function layerOf(node) {
    for (var i = 0; i < LAYER_OF.length; i++) {
      if (node.matches(LAYER_OF[i][0])) return LAYER_OF[i][1];
    }
    return null;
  }

  function isOn(node) {
    var layer = layerOf(node);
    return !layer || !document.documentElement.classList.contains("an-off-" + layer);
  }

  /* The opener of a highlight: itself, the opener around it, or a quote's
     control. */
  function openerOf(node) {
    if (node.hasAttribute("data-an-opener")) return node;
    var outer = node.parentElement && node.parentElement.closest("[data-an-opener]");
    if (outer) return outer;
    if (node.matches("q.an-quote")) {
      return document.querySelector('a.an-qc[data-card="' + CSS.escape(node.dataset.card) + '"]');
    }
    return null;
  }

  function disarm(node) {
    node.removeAttribute("data-an-opener");
    node.removeAttribute("aria-expanded");
    node.removeAttribute("aria-haspopup");
    if (node.matches(CONTROL)) {
      node.removeAttribute("role");
      node.tabIndex = isOn(node) ? 0 : -1;
    } else {
      node.removeAttribute("role");
      node.removeAttribute("tabindex");
    }
  }

  /* Make the highlights that are on into buttons, outermost first. */
  function arm() {
    var body = document.querySelector(".an-body");
    if (!body) return;
    body.querySelectorAll("[data-card]").forEach(function (node) {
      disarm(node);
      if (!data[node.dataset.card] || !isOn(node) || node.matches("q.an-quote")) return;
      var outer = node.parentElement.closest("[data-an-opener]");
      if (outer || (!node.matches(CONTROL) && node.querySelector(CONTROL))) return;
      node.setAttribute("data-an-opener", "");
      node.setAttribute("role", "button");
      node.setAttribute("aria-haspopup", "dialog");
      node.setAttribute("aria-expanded", "false");
      node.tabIndex = 0;
    });
    if (opener && !opener.hasAttribute("data-an-opener")) close(false);
  }

  function ensureCard() {
    if (card && document.body.contains(card)) return card;
    card = el("div", "an-card");
    card.id = "an-card";
    card.hidden = true;
    card.tabIndex = -1;
    card.setAttribute("role", "dialog");
    card.setAttribute("aria-labelledby", "an-card-title");
    card.setAttribute("data-pagefind-ignore", "");
    var head = el("div", "an-card-head");
    var title = el("h2", "an-card-title");
    title.id = "an-card-title";
    head.appendChild(title);
    var shut = el("button", "an-card-close");
    shut.type = "button";
    shut.setAttribute("aria-label", "Close");
    head.appendChild(shut);
    card.appendChild(head);
    card.appendChild(el("div", "an-card-body md-typeset"));
    shut.addEventListener("click", function () { close(true); });
    card.addEventListener("keydown", onCardKey);
    document.body.appendChild(card);
    return card;
  }

  /* Other highlights inside the opener (a name inside a figure): each opens
     its own card in place. */
  function inside(node, key) {
    var seen = {};
    var out = [];
    node.querySelectorAll("[data-card]").forEach(function (inner) {
      var k = inner.dataset.card;
      if (k === key || seen[k] || !data[k] || !isOn(inner) || inner.matches(CONTROL)) return;
      seen[k] = true;
      var button = el("button", "an-card-switch", inner.textContent);
      button.type = "button";
      button.setAttribute("aria-label", (data[k].title || inner.textContent) + ": open its card");
      button.addEventListener("click", function () { show(k, opener, inner); });
      out.push(button);
    });
    return out;
  }

  /* Below the highlight (above it when there is no room below), inside the
     text's column when the card fits there, else inside the window. */
  function place(anchor) {
    var rects = anchor.getClientRects();
    var whole = anchor.getBoundingClientRect();  // all its lines, when it wraps
    var rect = rects.length ? rects[0] : whole;
    var parent = card.offsetParent || document.body;
    var base = parent.getBoundingClientRect();
    var view = document.documentElement.clientWidth;
    var width = Math.min(card.offsetWidth, view - 16);
    var column = document.querySelector(".md-content__inner");
    var box = column ? column.getBoundingClientRect() : { left: 8, right: view - 8 };
    var low = Math.max(8, box.left), high = Math.min(view - 8, box.right);
    if (high - low < width) { low = 8; high = view - 8; }
    var left = Math.max(low, Math.min(rect.left, high - width));
    var top = whole.bottom + 8;
    var height = card.offsetHeight;
    if (top + height > window.innerHeight && whole.top - height - 8 > 0) {
      top = whole.top - height - 8;
    }
    card.style.left = (left - base.left) + "px";
    card.style.top = (top - base.top) + "px";
  }

  function show(key, from, at) {
    var d = data[key];
    var render = d && kinds[d.kind];
    if (!render) return;
    ensureCard();
    if (opener && opener !== from) opener.setAttribute("aria-expanded", "false");
    opener = from;
    openKey = key;
    card.dataset.kind = d.kind;
    card.querySelector(".an-card-title").textContent = d.title;
    var body = card.querySelector(".an-card-body");
    body.textContent = "";
    render(d, body, tools);
    if (from && at === from) section(body, "Also marked here", inside(from, key));
    card.hidden = false;
    if (from) from.setAttribute("aria-expanded", "true");
    place(at || from);
    card.focus({ preventScroll: true });
    var box = card.getBoundingClientRect();
    if (box.bottom > window.innerHeight || box.top < 0) {
      card.scrollIntoView({ block: "nearest" });
    }
  }

  function close(refocus) {
    if (!card || card.hidden) return;
    card.hidden = true;
    var back = opener;
    previous = opener;
    if (back) back.setAttribute("aria-expanded", "false");
    opener = null;
    openKey = null;
    if (refocus && back && document.body.contains(back)) back.focus({ preventScroll: true });
  }

  function toggle(node, at) {
    var from = openerOf(node) || node;
    var key = node.dataset.card;
    if (card && !card.hidden && openKey === key && opener === from) {
      close(true);
    } else {
      show(key, from, at || node);
    }
  }

  /* The highlight a click or tap is about: the innermost one that is on. */
  function hit(target) {
    var body = target.closest && target.closest(".an-body");
    if (!body) return null;
    for (var node = target.closest("[data-card]"); node && body.contains(node);
         node = node.parentElement && node.parentElement.closest("[data-card]")) {
      if (isOn(node) && data[node.dataset.card]) return node;
    }
    return null;
  }

  function onClick(event) {
    if (card && !card.hidden && card.contains(event.target)) {
      if (event.target.closest("a[href]")) close(false);  // a link leaves the card
      return;
    }
    var node = hit(event.target);
    var outer = node && openerOf(node);
    if (outer && outer !== node && !outer.matches(CONTROL) &&
        outer.textContent === node.textContent) {
      node = outer;  // the same words marked twice: the button's card first
    }
    if (node) {
      if (event.target.closest("a[href]") && !event.target.closest(CONTROL)) return;
      // Handled here, in the capture phase: Material's instant navigation
      // would otherwise follow a control's link (and close the card).
      event.preventDefault();
      event.stopPropagation();
      toggle(node, node.matches(CONTROL) ? node : event.target.closest("[data-card]"));
      return;
    }
    if (card && !card.hidden) {
      var active = document.activeElement;
      close(false);
      if (!active || active === document.body || active === card || card.contains(active)) {
        if (lastOpener()) lastOpener().focus({ preventScroll: true });
      }
    }
  }

  function lastOpener() { return previous && document.body.contains(previous) ? previous : null; }

  function onKey(event) {
    if (event.key === "Escape" && card && !card.hidden) {
      event.preventDefault();
      close(true);
      return;
    }
    var node = event.target;
    if (!node.hasAttribute || !node.hasAttribute("data-an-opener")) return;
    var isLink = node.matches("a[href]");
    if (event.key === " " || event.key === "Spacebar" || (event.key === "Enter" && !isLink)) {
      event.preventDefault();
      toggle(node, node);
    }
  }

  /* Focus stays in reach: Tab past the card's last control goes on from the
     highlight; Shift+Tab before its first goes back to the highlight. */
  function onCardKey(event) {
    if (event.key !== "Tab") return;
    var stops = card.querySelectorAll("a[href], button");
    var first = stops[0];
    var last = stops[stops.length - 1];
    var back = opener;
    if (!back) return;
    if (event.shiftKey && (document.activeElement === card || document.activeElement === first)) {
      event.preventDefault();
      close(true);
    } else if (!event.shiftKey && (document.activeElement === last || !stops.length)) {
      close(false);
      back.focus({ preventScroll: true });  // the browser's Tab goes on from here
    }
  }

  function load() {
    var template = document.getElementById("an-cards");
    data = {};
    if (template) {
      try { data = JSON.parse(template.content.textContent || "{}"); } catch (e) { data = {}; }
    }
  }

  function init() {
    close(false);
    load();
    arm();
  }

  document.addEventListener("click", onClick, true);
  document.addEventListener("keydown", onKey);
  window.addEventListener("resize", function () {
    if (card && !card.hidden && opener) place(opener);
  });

  window.anCards = { register: register, arm: arm, init: init, close: close,
                     open: function (key) {
                       var node = document.querySelector('.an-body [data-card="' + CSS.escape(key) + '"]');
                       if (node) toggle(node, node);
                     } };
})();
