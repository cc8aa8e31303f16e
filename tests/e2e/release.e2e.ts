/**
 * Releases and faults, against a copy of the build whose files the test swaps between requests:
 * a returning reader sees a corrected figure (data-only change, and a new release) within one
 * reload or through the "New data available" notice; a file that never arrives is named in its
 * pane within 20 s while the page stays usable; a code file removed by a deploy reloads the page
 * once, and "Try again" downloads it afresh.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Served } from '../../scripts/serve';
import { copyOfDist, launch, mapDrawn, screenshot } from './browser';

let browser: Browser;
const closers: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const close of closers) await close();
  await browser?.close();
});

async function site(): Promise<{ dir: string; url: string }> {
  const dir = copyOfDist();
  const s: Served = await serveStatic(dir);
  closers.push(s.close);
  return { dir, url: s.url };
}

async function context(): Promise<BrowserContext> {
  const c = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  closers.push(() => c.close());
  return c;
}

interface Figure {
  id: string;
  value?: number;
  note: string;
  measure: string;
  reportedOn: string;
  actorId: string;
  subject: { side: string; group: string };
}
/** Rewrites one figure of the served casualties.json, as a corrected data file would. */
function correctFigure(dir: string, note: string, value: number): void {
  const file = join(dir, 'data', 'casualties.json');
  const figures = JSON.parse(readFileSync(file, 'utf8')) as Figure[];
  // Azerbaijan's own first count of its military dead: a line the default choice of that subject always draws.
  const i = figures.findIndex(
    (f) =>
      f.actorId === 'az-mod' &&
      f.subject.side === 'azerbaijan' &&
      f.subject.group === 'military' &&
      f.measure === 'killed' &&
      f.value !== undefined,
  );
  figures[i] = { ...figures[i], value, note };
  writeFileSync(file, JSON.stringify(figures));
}

/** The casualty table's row for the corrected figure, once the pane shows it. */
async function figureRow(page: Page, note: string): Promise<string> {
  const row = page
    .getByRole('region', { name: 'Casualties', exact: true })
    .getByRole('row')
    .filter({ hasText: note });
  await row.first().waitFor({ timeout: 30_000 });
  return (await row.first().textContent()) ?? '';
}

/** A first visit that leaves the service worker in control and the data kept for offline use. */
async function returningReader(url: string): Promise<Page> {
  const page = await (await context()).newPage();
  await page.goto(`${url}/?tables=revisions&subject=azerbaijani-military-dead`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  await page.waitForFunction(
    async () => (await (await caches.open('bundle-data')).keys()).length >= 7,
    undefined,
    { timeout: 30_000, polling: 250 },
  );
  return page;
}

describe('a returning reader gets fresh figures', () => {
  it('a data file replaced without a rebuild shows at the next reload', async () => {
    const { dir, url } = await site();
    const page = await returningReader(url);
    correctFigure(dir, 'Corrected without a rebuild', 4321);
    await page.reload();
    expect(await figureRow(page, 'Corrected without a rebuild')).toMatch(/4,?321/);
    await screenshot(page, 'release-data-only');
  });

  it('an open tab that comes back into view says a data file changed, with Reload', async () => {
    const { dir, url } = await site();
    const page = await returningReader(url);
    await page.waitForTimeout(500); // the tab has noted each file's version (its ETag)
    correctFigure(dir, 'Corrected while the tab was open', 1234);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notice = page.getByRole('status').filter({ hasText: 'New data available — version' });
    await notice.waitFor({ timeout: 20_000 });
    await notice.getByRole('button', { name: 'Reload', exact: true }).click();
    expect(await figureRow(page, 'Corrected while the tab was open')).toMatch(/1,?234/);
  });

  it('a new release reaches the open tab: the figure at one reload, then the notice with Reload', async () => {
    const { dir, url } = await site();
    const page = await returningReader(url);
    // What a rebuild changes: the data, the page, and so the service worker's list of files.
    correctFigure(dir, 'Corrected in release 2', 8765);
    const index = join(dir, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace('<head>', '<head><meta name="release" content="2">'),
    );
    const sw = join(dir, 'sw.js');
    writeFileSync(
      sw,
      readFileSync(sw, 'utf8').replace(
        /\{url:"index.html",revision:"[^"]*"\}/,
        '{url:"index.html",revision:"release-2"}',
      ),
    );
    await page.reload();
    expect(await figureRow(page, 'Corrected in release 2')).toMatch(/8,?765/);
    const notice = page.getByRole('status').filter({ hasText: 'New data available — version' });
    await notice.waitFor({ timeout: 30_000 });
    await screenshot(page, 'release-notice');
    // The tab keeps working meanwhile.
    await page.getByRole('button', { name: 'About the data' }).click();
    await page.keyboard.press('Escape');
    await notice.getByRole('button', { name: 'Reload', exact: true }).click();
    await page.locator('meta[name="release"]').waitFor({ state: 'attached' });
    expect(await figureRow(page, 'Corrected in release 2')).toMatch(/8,?765/);
  });
});

/** A server in front of the site that never answers for one file. */
async function holdingOpen(target: string, file: string): Promise<string> {
  const { port } = new URL(target);
  const held: import('node:http').ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    if (req.url?.includes(file)) return void held.push(res);
    const upstream = request(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  closers.push(
    () =>
      new Promise((done) => {
        held.forEach((r) => r.destroy());
        server.closeAllConnections();
        server.close(done);
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('a file that never arrives', () => {
  it('is named in its pane within 20 s, with Retry, and the page stays usable', async () => {
    const { url } = await site();
    const held = await holdingOpen(url, 'casualties.json');
    const page = await (await context()).newPage();
    const started = Date.now();
    await page.goto(held);
    // Not inert for more than a few seconds: the app takes over without the late file.
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('inert'), undefined, {
      timeout: 10_000,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    await page
      .getByRole('region', { name: 'Timeline', exact: true })
      .getByRole('list', { name: 'Events' })
      .getByRole('article')
      .first()
      .waitFor();
    const alert = page.getByRole('region', { name: 'Casualties', exact: true }).getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await alert.textContent()).toContain('casualties.json: did not arrive within 15 seconds');
    await alert.getByRole('button', { name: 'Retry' }).waitFor();
    await mapDrawn(page);
    await screenshot(page, 'release-file-held-open');
  });

  it('a link view shows its frame and a loading state at once, never a blank page', async () => {
    const { url } = await site();
    const held = await holdingOpen(url, 'events.json');
    const page = await (await context()).newPage();
    await page.goto(`${held}/?from=2020-10-01&to=2020-10-10`, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Karabakh 2020' }).waitFor({ state: 'visible', timeout: 5000 });
    await page
      .getByRole('heading', { name: 'Timeline', level: 2 })
      .waitFor({ state: 'visible', timeout: 5000 });
    const alert = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('events.json: did not arrive');
  });
});

describe('code removed by a deploy', () => {
  it('reloads once at the same URL, then "Try again" downloads the chunk afresh', async () => {
    const { dir, url } = await site();
    const chunk = readdirSync(join(dir, 'assets')).find((f) => /^TimelinePane-.*\.js$/.test(f));
    if (!chunk) throw new Error('no TimelinePane chunk in the build');
    const path = join(dir, 'assets', chunk);
    renameSync(path, `${path}.gone`);
    const page = await (await context()).newPage();
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${url}/?from=2020-10-01`);
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    const alert = timeline.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(loads).toBe(2); // the first failure reloaded the page once, not more
    expect(page.url()).toBe(`${url}/?from=2020-10-01`);
    renameSync(`${path}.gone`, path);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await timeline.getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    await screenshot(page, 'release-chunk-retried');
  });
});

describe('a stylesheet that failed to download', () => {
  it('is downloaded afresh on "Try again" (Leaflet\'s CSS after a dropped connection)', async () => {
    const { url } = await site();
    const page = await (await context()).newPage();
    let dropping = true;
    await page.route(/\/assets\/LeafletMap-[^/]+\.css/, (r) =>
      dropping ? r.abort('connectionreset') : r.continue(),
    );
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${url}/?region=az-lac`); // a district: the map needs Leaflet at once
    const map = page.getByRole('region', { name: 'Map', exact: true });
    const alert = map.getByRole('alert');
    await alert.waitFor({ timeout: 45_000 });
    expect(loads).toBe(2); // reloaded once, in case a deploy had removed it
    dropping = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.leaflet-container:not(.map--drawing) path').first().waitFor({ timeout: 30_000 });
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.leaflet-container')!).overflow),
    ).toBe('hidden');
  });
});
