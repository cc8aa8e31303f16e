/**
 * The Content-Security-Policy, written once here and used for the built index.html (a meta tag)
 * and documented for static hosts in the README. No inline script, no third-party connection;
 * the only outside host is OpenStreetMap's tile server, which the reader must switch on.
 */
export const TILE_HOST = 'https://tile.openstreetmap.org';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob: ${TILE_HOST}`,
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
