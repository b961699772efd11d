// Saves an essay for /offline-worker.js: src/Reader/Pages/Essays/README.md
(async () => {
  const slot = document.querySelector("[data-offline]"), sw = navigator.serviceWorker;
  if (!slot || !sw || !self.caches) return;
  const { offline, library, files } = slot.dataset, all = offline + "/all", [button, status] = slot.children;
  const cacheName = "reader-offline-" + library, saved = () => caches.match(all, { cacheName });
  const register = () => sw.register("/offline-worker.js?library=" + library, { scope: "/essays/" });
  const save = async () => (await caches.open(cacheName)).addAll(files.split(" ").map((f) => new Request(f, { cache: "no-cache" })));
  const show = () => button.textContent = "Saved for offline reading";
  // A new library: save this essay afresh; the new worker moves the others.
  if (navigator.onLine && await sw.getRegistration("/essays/")) {
    if (!await saved() && await caches.match(all)) await save().catch(() => {});
    register().catch(() => {});
  }
  button.onclick = async () => {
    status.textContent = "Saving…";
    status.textContent = await register().then(save).then(show)
      .then(() => "Saved: it opens offline now.", () => "Not saved here; the EPUB works offline.");
  };
  if (await saved()) show();
  slot.hidden = false;
})();
