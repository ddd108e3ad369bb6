/* Annotated news: behaviour of the index pages (not the article's text,
   which is annotated.js's). Runs on every page, also after Material's
   instant navigation swaps the content. */
(function () {
  "use strict";

  // A "scroll" table (templates/pages/_table.md.j2) wider than its box gets
  // a written cue above it, kept in step with the box's width; so does a
  // "stack" table where it is a table (from 45em up) and too wide.
  function cue(box) {
    var note = box.previousElementSibling;
    if (!note || !note.classList.contains("an-scroll-cue")) {
      note = document.createElement("p");
      note.className = "an-scroll-cue";
      note.setAttribute("aria-hidden", "true");
      note.textContent = "Scroll sideways for more columns →";
      box.parentNode.insertBefore(note, box);
    }
    function update() {
      note.hidden = box.scrollWidth <= box.clientWidth + 1;
    }
    update();
    if (window.ResizeObserver) new ResizeObserver(update).observe(box);
  }

  function setUp() {
    document.querySelectorAll(".an-table-box--scroll, .an-table-box--stack").forEach(cue);
  }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(setUp);  // every page, instant navigation included
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
