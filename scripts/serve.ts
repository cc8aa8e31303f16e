/**
 * A small static server for the built app, bound to 127.0.0.1, used by the browser tests and
 * the bench. It sends the same Content-Security-Policy as the page's meta tag (the header form
 * a static host should use), gzips text as any static host would (the bench's budgets are gzip
 * sizes), and serves index.html for unknown paths without a file extension.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentSecurityPolicy } from '../src/app/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json)|image\/svg)/;

/** Compressed once per file and run; a test that rewrites a file serves it from a fresh copy. */
const gzipCache = new Map<string, { stamp: string; body: Buffer }>();
function gzipped(file: string): Buffer {
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}`;
  const hit = gzipCache.get(file);
  if (hit && hit.stamp === stamp) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { stamp, body });
  return body;
}

export interface Served {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export function serveStatic(root: string, port = 0): Promise<Served> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      if (extname(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(base, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(type);
    const body = gzip ? gzipped(file) : readFileSync(file);
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      ok({ url: `http://127.0.0.1:${p}`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

// `tsx scripts/serve.ts [dir] [port]`: serve a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4173'] = process.argv.slice(2);
  void serveStatic(dir, Number(port)).then((s) => console.log(`Serving ${dir} at ${s.url}`));
}
