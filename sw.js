// Vafa's service worker: the page keeps working offline after its first visit.
// - Install: the page shell (index.html, the manifest, the icons, the unhashed import-worker
//   files) and every asset index.html names (Trunk's hashed wasm, js and css) are cached.
// - Hashed files (`name-0123456789abcdef.js`) never change: cache first, fetched and cached when
//   missing.
// - Everything else (index.html, the worker files, the manifest): network first, so a deploy is
//   seen at once, and the cached copy when the network fails. A fresh index.html drops the hashed
//   files it no longer names, so old builds do not pile up.
// Paths are relative to this file, so the page works under a GitHub Pages sub-path.
// Bump VERSION when the list of shell files or this worker's strategy changes.
const VERSION = 'vafa-v2';
const SHELL = [
  './',
  './manifest.webmanifest',
  './icons/icon.svg',
  './icons/icon-192.png',
  './icons/icon-512.png',
  './vafa-worker_loader.js',
  './vafa-worker.js',
  './vafa-worker_bg.wasm',
];
// Trunk writes its hash in hex without leading zeros: 16 digits, sometimes fewer.
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/;

/** The files `html` names by a quoted relative path (`"./main-….css"`, `'./vafa-web-….js'`). */
function assetsOf(html) {
  const found = new Set();
  for (const match of html.matchAll(/["']\.\/([^"'?#]+)["']/g)) {
    found.add(new URL(match[1], self.registration.scope).href);
  }
  return [...found];
}

/** Caches the shell and what `index.html` names; resolves when all are stored. */
async function precache() {
  const cache = await caches.open(VERSION);
  const index = await fetch('./', { cache: 'no-cache' });
  if (!index.ok) throw new Error(`index.html: HTTP ${index.status}`);
  const html = await index.clone().text();
  await cache.put('./', index);
  await cache.addAll(SHELL.filter((path) => path !== './'));
  await cache.addAll(assetsOf(html));
}

/** After a fresh index.html: drops cached hashed files it does not name. */
async function prune(html) {
  const keep = new Set(assetsOf(html));
  const cache = await caches.open(VERSION);
  for (const request of await cache.keys()) {
    if (HASHED.test(new URL(request.url).pathname) && !keep.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== VERSION) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(VERSION)).put(request, response.clone());
  return response;
}

async function networkFirst(request, isPage) {
  // Every page URL (`./`, `./index.html`, `./?tab=…`) is one cache entry: `./`.
  const key = isPage ? new URL('./', self.registration.scope).href : request;
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(VERSION);
      await cache.put(key, response.clone());
      if (isPage) await prune(await response.clone().text());
    }
    return response;
  } catch (err) {
    const cached = await caches.match(key, { ignoreSearch: isPage });
    if (cached) return cached;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  const isPage = request.mode === 'navigate'
    || url.pathname === scope.pathname
    || url.pathname === `${scope.pathname}index.html`;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request, isPage));
});
