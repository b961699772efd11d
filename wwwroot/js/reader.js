// Reader's only script: keyboard shortcuts and 'continue where you left off'. Every page works without it.
(() => {
  "use strict";
  const doc = document;
  const storageKey = (essay) => "reader:last:" + essay;

  // Remember the section being read, in this browser only.
  const article = doc.querySelector("article[data-essay]");
  if (article) {
    try {
      localStorage.setItem(storageKey(article.dataset.essay),
        JSON.stringify({ href: location.pathname, title: article.dataset.title }));
    } catch { /* storage may be off or full: nothing to remember then */ }
  }

  for (const slot of doc.querySelectorAll("[data-continue]")) {
    let last = null;
    try { last = JSON.parse(localStorage.getItem(storageKey(slot.dataset.continue)) || "null"); } catch { }
    if (!last || typeof last.href !== "string" || !last.href.startsWith("/essays/") || typeof last.title !== "string") continue;
    const link = doc.createElement("a");
    link.href = last.href;
    link.textContent = last.title;
    slot.append("Continue where you left off: ", link);
    slot.hidden = false;
  }

  const go = (rel) => {
    const link = doc.querySelector("a[rel=" + rel + "]");
    if (link) location.assign(link.href);
  };

  const contents = () => {
    const toc = doc.querySelector("nav.toc");
    if (!toc) return;
    const details = toc.querySelector("details");
    if (details) details.open = true;
    const target = toc.querySelector("[aria-current=page]") || toc.querySelector("a");
    if (target) target.focus();
  };

  const search = () => {
    const field = doc.querySelector("input[type=search]");
    if (field) field.focus();
  };

  const help = () => {
    const dialog = doc.getElementById("shortcuts");
    if (!dialog) return;
    if (dialog.open) dialog.close(); else dialog.showModal();
  };

  const actions = { n: () => go("next"), p: () => go("prev"), t: contents, "/": search, "?": help };

  doc.addEventListener("keydown", (event) => {
    // Leave the key alone when it means something else: a chord, typing in a field, an open dialog.
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    const target = event.target;
    if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) return;
    const action = actions[event.key];
    const dialogOpen = doc.querySelector("dialog[open]");
    if (!action || (dialogOpen && event.key !== "?")) return;
    event.preventDefault();
    action();
  });
})();
