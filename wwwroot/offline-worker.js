// Serves what js/offline.js saved: src/Reader/Pages/Essays/README.md
const name = "reader-offline-" + new URL(location).searchParams.get("library");
oninstall = () => skipWaiting();
onactivate = (e) => e.waitUntil((async () => {
  const cache = await caches.open(name);
  for (const n of (await caches.keys()).filter((n) => n != name)) {
    const old = await caches.open(n);
    for (const r of await old.keys()) if (!await cache.match(r)) await cache.put(r, await old.match(r));
    await caches.delete(n);
  }
  await clients.claim();
})());
onfetch = (e) => {
  const r = e.request, url = new URL(r.url);
  if (r.method != "GET" || url.origin != location.origin) return;
  e.respondWith(caches.open(name).then(async (cache) => {
    const fixed = url.searchParams.has("v") || url.pathname.startsWith("/figures/"), copy = fixed && await cache.match(r);
    try {
      const response = copy || await fetch(r);
      if (!copy && response.ok && await cache.match(fixed ? r.referrer : r)) await cache.put(r, response.clone());
      return response;
    } catch (failure) {
      return await cache.match(r) || Promise.reject(failure);
    }
  }));
};
