/**
 * The Content-Security-Policy, written once here and used for the built index.html (a meta tag)
 * and documented for static hosts in the README. No inline script, no third-party connection;
 * the only outside host is OpenStreetMap's tile server, which the reader must switch on.
 */
import { TILE_HOST } from '../map/tileHost';

export { TILE_HOST };

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Style attributes only (never <style> elements): the prerendered page carries React's inline
  // styles (list positions, type colours), which the app then hydrates as they are.
  "style-src-attr 'unsafe-inline'",
  `img-src 'self' data: blob: ${TILE_HOST}`,
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
