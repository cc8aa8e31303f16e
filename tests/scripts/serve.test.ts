// @vitest-environment node
/** The static server the README points hosts to: no way out of its folder, no crash, right caching and headers. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, resolveInside, serveStatic, type Served } from '../../scripts/serve';

let site: Served;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'k2020-serve-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, 'data'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'assets', 'index-AbCd1234.js'), 'export {};');
  writeFileSync(join(dist, 'data', 'events.json'), '[]');
  writeFileSync(join(root, 'dist-secret.txt'), 'secret');
  site = await serveStatic(dist);
});
afterAll(() => site.close());

/** A raw request: the path is sent exactly as written (fetch would normalise `..`). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { port } = new URL(site.url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('paths', () => {
  it.each([
    '/..%2fdist-secret.txt',
    '/%2e%2e/dist-secret.txt',
    '/../dist-secret.txt',
    '/data/..%2f..%2fdist-secret.txt',
    '/%2e%2e%5cdist-secret.txt',
  ])('never serves a file beside the folder: %s', async (path) => {
    const res = await get(path);
    expect(res.body).not.toContain('secret');
    expect([400, 404]).toContain(res.status);
  });

  it('resolves only inside the folder', () => {
    expect(resolveInside('/srv/dist', '/data/events.json')).toBe('/srv/dist/data/events.json');
    expect(resolveInside('/srv/dist', '/..%2fdist-secret.txt')).toBeNull();
    expect(resolveInside('/srv/dist', '/%E0%A4%A')).toBe('malformed');
    expect(resolveInside('/srv/dist', '/a%00b')).toBe('malformed');
  });

  it('answers a malformed escape with 400 and stays up', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/data/events.json')).status).toBe(200);
  });
});

describe('caching', () => {
  it('caches hashed assets for a year as immutable', async () => {
    const res = await get('/assets/index-AbCd1234.js');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it.each(['/', '/data/events.json'])('revalidates %s with an ETag (304 on If-None-Match)', async (path) => {
    const first = await get(path);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await get(path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('a changed file gets a new ETag', async () => {
    const before = String((await get('/data/events.json')).headers.etag);
    writeFileSync(join(root, 'dist', 'data', 'events.json'), '[ ]');
    const after = await get('/data/events.json', { 'if-none-match': before });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before);
  });
});

describe('security headers on every response', () => {
  it.each([
    '/',
    '/data/events.json',
    '/assets/index-AbCd1234.js',
    '/missing.js',
    '/%E0%A4%A',
    '/..%2fdist-secret.txt',
  ])('%s', async (path) => {
    const res = await get(path);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
