import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { dataPackagePlugin } from './scripts/vite/dataPackage';
import { dataVersionPlugin } from './scripts/vite/dataVersion';
import { prerenderPlugin } from './scripts/vite/prerender';
import { staticMapImagePlugin } from './scripts/staticMap/staticMapImage';
import { validatedDigestsPlugin } from './scripts/vite/validatedDigests';
import { contentSecurityPolicy } from './src/app/csp';
import { DATA_CACHE } from './src/app/dataCache';

/** Puts the CSP meta tag in the built page; the dev server injects styles inline, so it has none. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'csp-meta',
    transformIndexHtml(html, ctx) {
      const meta = ctx.server
        ? ''
        : `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
      return html.replaceAll('%CSP%', meta);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    // Unit tests load fixtures, which must always go through the full check.
    validatedDigestsPlugin(process.env.VITEST ? null : 'public/data'),
    prerenderPlugin(),
    dataVersionPlugin(),
    // /data/*.csv, /data/datapackage.json, the preview image and the share tags (SITE_URL).
    dataPackagePlugin(),
    staticMapImagePlugin(),
    // Offline after the first visit: a Workbox service worker precaches the app, and keeps the
    // data bundle network-first. The app registers it once it has taken over the page and the
    // browser is idle (src/app/registerServiceWorker.ts); no web-app manifest, since this is a
    // page, not an installable app.
    // - A new release takes over at once (skipWaiting, clientsClaim): a worker left waiting
    //   until every tab closes kept returning readers on the old figures.
    // - Data is asked of the network first, with a time-out, then the cache: a file corrected on
    //   the server without a rebuild leaves sw.js unchanged, and a precached copy would mask it
    //   for ever. The worker fills that cache as it installs, so offline use still works.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // Keeps the data for offline use from install on (public/sw-data.js).
        importScripts: ['sw-data.js'],
        runtimeCaching: [
          {
            urlPattern: /\/data\/[^/]+\.(?:json|geojson)$/,
            handler: 'NetworkFirst',
            options: { cacheName: DATA_CACHE, networkTimeoutSeconds: 4 },
          },
        ],
      },
    }),
  ],
  // Pre-bundled dependencies outside node_modules, so that reinstalling the packages under a
  // running dev server does not delete them ("Outdated Optimize Dep"); see the README's set-up.
  cacheDir: '.vite',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false, modulePreload: false },
  // The bundle worker (src/data/bundleWorker.ts) reads the same validated digests as the page.
  worker: {
    format: 'es',
    plugins: () => [validatedDigestsPlugin(process.env.VITEST ? null : 'public/data')],
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    globals: true,
  },
});
