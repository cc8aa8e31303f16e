// Imported by the service worker (vite.config.ts, Workbox's importScripts). The data bundle is
// served network-first, so a corrected file always wins, and is not precached; this keeps a copy
// from the moment the worker is installed, so the next visit works offline.
self.addEventListener('install', (event) => {
  const files = [
    'manifest.json',
    'sources.json',
    'actors.json',
    'places.json',
    'regions.geojson',
    'events.json',
    'casualties.json',
  ];
  const urls = files.map((f) => new URL(`data/${f}`, self.registration.scope).href);
  event.waitUntil(
    caches
      .open('bundle-data')
      .then((cache) => cache.addAll(urls))
      .catch(() => undefined),
  );
});
