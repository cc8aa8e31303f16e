/** Bytes the reader downloads, gzip-compressed as a static host would send them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The scripts index.html loads before anything else: its module entry and the modules it preloads. */
export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  return [...new Set(urls)].map((u) => join(dist, u.replace(/^\//, '')));
}

export function measureSizes(dist: string) {
  const assets = readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f));
  const data = readdirSync(join(dist, 'data')).map((f) => join(dist, 'data', f));
  const sum = (files: string[]) => kb(files.reduce((n, f) => n + gz(f), 0));
  return {
    initialJsKb: sum(initialScripts(dist)),
    allJsKb: sum(assets.filter((f) => f.endsWith('.js'))),
    cssKb: sum(assets.filter((f) => f.endsWith('.css'))),
    dataKb: sum(data),
  };
}
