import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './src/app/csp';

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
  plugins: [react(), contentSecurityPolicyMeta()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    globals: true,
  },
});
