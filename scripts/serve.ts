/**
 * A small static server for the built app, bound to 127.0.0.1, used by the browser tests and
 * the bench, and fit to serve the site as it is (the README points hosts to it):
 * - a path is decoded, resolved and then checked to lie inside the served folder, so neither
 *   `..` nor an encoded `%2e%2e%2f` reaches a file beside it; a malformed escape gets a 400;
 * - hashed files under /assets/ are cached a year as immutable; everything else (the page, the
 *   data, sw.js) is revalidated with an ETag, so a corrected data file reaches every reader;
 * - every response, 404 and 400 included, carries the CSP (with `frame-ancestors 'none'`, which
 *   only a header can say), nosniff and no-referrer;
 * - text is gzipped as any static host would (the bench's budgets are gzip sizes), and index.html
 *   answers unknown paths without a file extension.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
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

/** Headers every response carries, whatever its status. */
export const SECURITY_HEADERS = {
  'content-security-policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/** Vite names built files `name-<hash>.ext` under assets/: their content never changes. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Read (and compressed) once per file version; a test that rewrites a file gets a fresh copy. */
interface Entry {
  stamp: string;
  body: Buffer;
  gzip: Buffer | undefined;
  etag: string;
}
const cache = new Map<string, Entry>();
function entry(file: string, compressible: boolean): Entry {
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}`;
  const hit = cache.get(file);
  if (hit && hit.stamp === stamp) return hit;
  const body = readFileSync(file);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const fresh = { stamp, body, gzip: compressible ? gzipSync(body) : undefined, etag };
  cache.set(file, fresh);
  return fresh;
}

/** The file a URL path names inside `base`, or null when it would leave it or is malformed. */
export function resolveInside(base: string, rawPath: string): string | null | 'malformed' {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return 'malformed';
  }
  if (path.includes('\0')) return 'malformed';
  const file = resolve(base, `.${path.startsWith('/') ? path : `/${path}`}`);
  return file === base || file.startsWith(base + sep) ? file : null;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res
    .writeHead(status, {
      ...SECURITY_HEADERS,
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': REVALIDATE,
    })
    .end(text);
}

function handle(base: string, req: IncomingMessage, res: ServerResponse): void {
  const rawPath = (req.url ?? '/').split(/[?#]/)[0] || '/';
  const resolved = resolveInside(base, rawPath);
  if (resolved === 'malformed') return plain(res, 400, 'Bad request');
  if (resolved === null) return plain(res, 404, 'Not found');
  let file = resolved;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    if (extname(file)) return plain(res, 404, 'Not found');
    file = join(base, 'index.html');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(type);
  const e = entry(file, compressible);
  const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': type,
    'cache-control': HASHED.test(rawPath) ? IMMUTABLE : REVALIDATE,
    etag: gzip ? `${e.etag.slice(0, -1)}-gz"` : e.etag,
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
  };
  const match = String(req.headers['if-none-match'] ?? '').split(/\s*,\s*/);
  if (match.includes(headers.etag) || match.includes('*')) return void res.writeHead(304, headers).end();
  const body = gzip && e.gzip ? e.gzip : e.body;
  res.writeHead(200, {
    ...headers,
    'content-length': body.length,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface Served {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export function serveStatic(root: string, port = 0): Promise<Served> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    try {
      handle(base, req, res);
    } catch {
      // A file removed between the check and the read: say so, and stay up.
      if (!res.headersSent) plain(res, 404, 'Not found');
      else res.end();
    }
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${p}`,
        server,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// `tsx scripts/serve.ts [dir] [port]`: serve a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4173'] = process.argv.slice(2);
  void serveStatic(dir, Number(port)).then((s) => console.log(`Serving ${dir} at ${s.url}`));
}
