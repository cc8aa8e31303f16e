/**
 * Shared set-up for the browser journeys: Debian's Chromium driven by playwright-core, the built
 * app served on 127.0.0.1, and a record of console errors and of every request that left it.
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type Served } from '../../scripts/serve';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = 'tests/e2e/artifacts';

export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    // As root in a sandboxed machine Chromium needs --no-sandbox; the background services would
    // try to reach Google's hosts, which this closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function serveDist(): Promise<Served> {
  return serveStatic('dist');
}

/** A copy of the build whose data files the test may break; the original stays intact. */
export function copyOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'k2020-dist-'));
  cpSync('dist', dir, { recursive: true });
  return dir;
}

export interface Watched {
  consoleErrors: string[];
  foreignRequests: string[];
}

export function watch(page: Page, origin: string): Watched {
  const w: Watched = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) w.foreignRequests.push(u);
  });
  return w;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/**
 * One Chromium and one server of the built app for a test file, started before its tests and
 * closed after them. Read `browser` and `app` inside tests (they are set by then).
 */
export function startBrowserAndApp(): { readonly browser: Browser; readonly app: Served } {
  const handle = {} as { browser: Browser; app: Served };
  beforeAll(async () => {
    handle.browser = await launch();
    handle.app = await serveDist();
  });
  afterAll(async () => {
    await handle.app?.close();
    await handle.browser?.close();
  });
  return handle;
}

/**
 * The map is a static picture until the reader's first input (src/map/StaticMap.tsx): this moves
 * the mouse, as a reader would, and waits until Leaflet has drawn every layer and replaced it.
 */
export async function mapDrawn(page: Page): Promise<void> {
  await page.mouse.move(3, 3);
  await page.mouse.move(4, 4);
  await page.locator('.leaflet-container:not(.map--drawing) path').first().waitFor();
}
