// Shortcuts, 'continue where you left off' and passage links. Pages work without them.
const doc = document, $ = (selector) => doc.querySelector(selector), key = (essay) => "reader:last:" + essay;
const article = $("[data-essay]");
try {
  if (article) localStorage.setItem(key(article.dataset.essay), JSON.stringify({ href: location.pathname, title: article.dataset.title }));
} catch { /* storage off or full */ }

for (const slot of doc.querySelectorAll("[data-continue]")) {
  let last;
  try { last = JSON.parse(localStorage.getItem(key(slot.dataset.continue))); } catch { }
  if (!last?.title || !/^\/essays\//.test(last.href)) continue;
  slot.append("Continue where you left off: ", Object.assign(doc.createElement("a"), { href: last.href, textContent: last.title }));
  slot.hidden = false;
}

const actions = {
  n: () => $("a[rel=next]")?.click(),
  p: () => $("a[rel=prev]")?.click(),
  t: () => {
    $("nav.toc details")?.setAttribute("open", "");
    ($("nav.toc [aria-current=page]") || $("nav.toc a"))?.focus();
  },
  "/": () => $("input[type=search]")?.focus(),
  "?": () => {
    const dialog = $("#shortcuts");
    dialog.open ? dialog.close() : dialog.showModal();
  },
};
doc.onkeydown = (event) => {
  // Leave keys that mean something else alone: chords, typing in a field, an open dialog.
  const action = actions[event.key];
  if (!action || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing ||
    event.target.closest?.("input, textarea, select, [contenteditable]") || ($("dialog[open]") && event.key != "?")) return;
  event.preventDefault();
  action();
};

// Selected text gets a link, a text fragment ('-' escaped too), and a quote to copy.
const offer = $(".passage"), encode = (words) => encodeURIComponent(words.join(" ")).replace(/-/g, "%2D");
doc.onpointerup = doc.onkeyup = () => {
  if (!offer || offer.contains(doc.activeElement)) return;
  const selection = getSelection(), text = String(selection).trim(), words = text.split(/\s+/), [link, copy] = offer.children;
  const block = text && selection.focusNode.parentElement.closest("[data-essay] > *");
  offer.hidden = !block;
  if (!block) return;
  link.href = location.pathname + "#" + (selection.anchorNode.parentElement.closest("p[id]")?.id ?? "") + ":~:text=" +
    (words.length > 8 ? [words.slice(0, 4), words.slice(-4)] : [words]).map(encode).join();
  copy.textContent = "Copy as a quote";
  copy.onclick = async () => {
    await navigator.clipboard.writeText("“" + text + "” — " + $(".citation textarea").value.replace(/http\S+\b/, link.href));
    copy.textContent = "Copied";
  };
  block.after(offer);
};
