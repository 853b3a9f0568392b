// Treaty Tracker editor pages: a small progressive enhancement. Without it every page works with Tab and Enter.
// j/k move between the suggestions of a review queue, a accepts, r rejects, x ticks the current one; an upload
// form shows its "Importing…" state while the import runs (imports are synchronous: the answer is the report).
(function () {
  "use strict";
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName) && target.type !== "checkbox");
  }
  var items = Array.prototype.slice.call(document.querySelectorAll("article.suggestion"));
  function current() {
    var at = document.activeElement;
    while (at && !(at.classList && at.classList.contains("suggestion"))) { at = at.parentElement; }
    return at;
  }
  function go(step) {
    var here = current(), index = here ? items.indexOf(here) + step : (step > 0 ? 0 : items.length - 1);
    if (index < 0 || index >= items.length) { return; }
    items[index].focus();
    items[index].scrollIntoView({ block: "start" });
  }
  document.addEventListener("keydown", function (e) {
    if (!items.length || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) { return; }
    var here = current();
    if (e.key === "j") { go(1); e.preventDefault(); }
    else if (e.key === "k") { go(-1); e.preventDefault(); }
    else if (here && (e.key === "a" || e.key === "r")) {
      var button = here.querySelector("button[data-key='" + e.key + "']");
      if (button) { e.preventDefault(); button.click(); }
    } else if (here && e.key === "x") {
      var box = here.querySelector("input[name=pick]");
      if (box) { e.preventDefault(); box.checked = !box.checked; }
    }
  });
  // After an action the queue comes back at the next pending suggestion.
  if (items.length && !location.hash) { items[0].setAttribute("data-first", ""); }
  Array.prototype.forEach.call(document.querySelectorAll("form.upload"), function (form) {
    form.addEventListener("submit", function () {
      var note = form.querySelector(".importing"), button = form.querySelector("button[type=submit]");
      if (note) { note.hidden = false; }
      if (button) { button.disabled = true; button.textContent = "Importing…"; }
    });
  });
})();
