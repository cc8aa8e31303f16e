/** Bytes the reader downloads, gzip-compressed as a static host would send them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFileNames } from '../../src/data/bundleFiles';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The scripts index.html loads before anything else: its module entry and the modules it preloads. */
export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1] ?? m[2]);
  return [...new Set(urls)].map((u) => join(dist, u.replace(/^\//, '')));
}

/**
 * The code that runs before the app responds: the scripts index.html loads, the app itself
 * (boot-*.js, which main.tsx imports once the prerendered page has painted), and every module
 * these import statically. The views' lazy parts (Leaflet, the panes, the charts) are not in it.
 */
export function initialClosure(dist: string): string[] {
  const assets = join(dist, 'assets');
  const boot = readdirSync(assets)
    .filter((f) => /^boot-.*\.js$/.test(f))
    .map((f) => join(assets, f));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g))
      visit(join(assets, m[1]));
  };
  for (const f of [...initialScripts(dist), ...boot]) visit(f);
  return [...seen];
}

export function measureSizes(dist: string) {
  const assets = readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f));
  // The files the app loads; the downloads beside them (CSVs, datapackage.json, CHANGELOG.md) are
  // fetched only by a reader who asks for them.
  const data = bundleFileNames.map((f) => join(dist, 'data', f));
  const sum = (files: string[]) => kb(files.reduce((n, f) => n + gz(f), 0));
  return {
    initialJsKb: sum(initialClosure(dist)),
    allJsKb: sum(assets.filter((f) => f.endsWith('.js'))),
    cssKb: sum(assets.filter((f) => f.endsWith('.css'))),
    dataKb: sum(data),
  };
}
