/**
 * A Vite plugin that puts the default view, rendered from the real bundle, into the built
 * index.html, so the first paint already shows the record instead of an empty frame.
 *
 * At the start of a client build it builds src/prerender/renderDefaultView.tsx for Node (a
 * nested SSR build), reads the bundle (schema-checked, as `npm run validate` does), renders, and
 * places the HTML inside #root, marked `inert` until main.tsx has hydrated it (before that it is a
 * picture of the page: nothing in it can be clicked or focused). An invalid bundle is not
 * prerendered; the app then reports the problem in words.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import type { PrerenderFiles } from '../../src/prerender/renderDefaultView';
import { readBundle } from '../readBundle';
import { dataVersionPlugin } from './dataVersion';
import { validatedDigestsPlugin } from './validatedDigests';

const ENTRY = 'src/prerender/renderDefaultView.tsx';
const ROOT_TAG = '<div id="root"></div>';

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let skip = false;
  let markup: string | undefined;
  return {
    name: 'prerender-default-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      skip = Boolean(config.build.ssr);
    },
    async buildStart() {
      if (skip) return;
      const { bundle, errors } = readBundle();
      if (!bundle) {
        this.warn(`not prerendering: ${errors.map((e) => e.file).join(', ')} failed validation`);
        return;
      }
      // A fresh folder per build: Node caches a module by its URL, and a query string on the
      // entry alone would give the lazy chunks a second copy of it (and of its React contexts).
      const cacheDir = join(root, 'node_modules', '.cache', 'prerender');
      rmSync(cacheDir, { recursive: true, force: true });
      const outDir = join(cacheDir, String(Date.now()));
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        mode: 'production',
        plugins: [react(), validatedDigestsPlugin(null), dataVersionPlugin()],
        build: {
          ssr: ENTRY,
          outDir,
          emptyOutDir: true,
          minify: false,
          copyPublicDir: false,
          target: 'node20',
        },
      });
      const url = pathToFileURL(resolve(outDir, 'renderDefaultView.js')).href;
      const { renderDefaultView } = (await import(
        url
      )) as typeof import('../../src/prerender/renderDefaultView');
      const files: PrerenderFiles = {
        'sources.json': bundle.sources,
        'actors.json': bundle.actors,
        'places.json': bundle.places,
        'regions.geojson': bundle.regions,
        'events.json': bundle.events,
        'casualties.json': bundle.casualties,
      };
      const html = await renderDefaultView(files);
      // Anything still suspended would come out as a fallback plus an inline script to swap it in,
      // which the CSP blocks: every lazy part must be preloaded or behind BrowserOnly.
      if (/<script|<template/.test(html)) {
        throw new Error('the prerendered view still has a suspended part');
      }
      markup = html;
    },
    transformIndexHtml(html) {
      if (!markup) return html;
      if (!html.includes(ROOT_TAG)) throw new Error(`index.html has no ${ROOT_TAG} to prerender into`);
      return html.replace(ROOT_TAG, `<div id="root" data-prerendered inert>${markup}</div>`);
    },
  };
}
