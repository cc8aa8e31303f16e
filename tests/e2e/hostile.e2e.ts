/** Hostile input: broken, missing or malicious data files and garbage URLs get a clear message, never a blank page or a running script. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Served } from '../../scripts/serve';
import { copyOfDist, launch, mapDrawn } from './browser';

let browser: Browser;
let dir: string;
let site: Served;
const original = (file: string) => readFileSync(join('dist', 'data', file), 'utf8');
const restore = (file: string) => writeFileSync(join(dir, 'data', file), original(file));

beforeAll(async () => {
  browser = await launch();
  dir = copyOfDist();
  site = await serveStatic(dir);
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});
afterEach(() => {
  for (const f of ['events.json', 'sources.json', 'casualties.json']) restore(f);
});

async function open(path = '/'): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(site.url + path);
  return { page, dialogs };
}

const pane = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('broken data files', () => {
  it('a missing file is named, and the panes that do not need it keep working', async () => {
    rmSync(join(dir, 'data', 'casualties.json'));
    const { page } = await open();
    const alert = pane(page, 'Casualties').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('casualties.json: could not be loaded (HTTP 404)');
    await pane(page, 'Timeline').getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    await mapDrawn(page);
    await page.close();
  });

  it('a wrong type in one record names the record and the field', async () => {
    const figures = JSON.parse(original('casualties.json')) as { id: string; value?: unknown }[];
    figures[2] = { ...figures[2], value: 'many' };
    writeFileSync(join(dir, 'data', 'casualties.json'), JSON.stringify(figures));
    const { page } = await open();
    const alert = pane(page, 'Casualties').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`record "${figures[2].id}" (#3), field "value"`);
    await page.close();
  });

  it('a javascript: link is refused by the validator and never becomes a link', async () => {
    const sources = JSON.parse(original('sources.json')) as { id: string; url: string }[];
    sources[0] = { ...sources[0], url: 'javascript:alert(document.domain)' };
    writeFileSync(join(dir, 'data', 'sources.json'), JSON.stringify(sources));
    const { page, dialogs } = await open();
    const alert = pane(page, 'Timeline').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`sources.json: record "${sources[0].id}" (#1), field "url"`);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('HTML in a summary is shown as text and runs nothing', async () => {
    const events = JSON.parse(original('events.json')) as { id: string; date: string; summary: string }[];
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>Injected';
    events[0] = { ...events[0], summary: payload };
    writeFileSync(join(dir, 'data', 'events.json'), JSON.stringify(events));
    const { page, dialogs } = await open(`/?from=${events[0].date}&to=${events[0].date}`);
    const list = pane(page, 'Timeline').getByRole('list', { name: 'Events' });
    await list.getByText(payload, { exact: true }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('garbage in the URL', () => {
  it('ignores unknown and invalid parameters, keeps the valid ones, and stays up', async () => {
    const { page } = await open('/?from=2020-10-08&to=not-a-date&types=ceasefire,<script>&region=%00%00&utm=1&measure=everything');
    await pane(page, 'Timeline').getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    const search = await page.evaluate(() => location.search);
    expect(search).toBe('?from=2020-10-08&types=ceasefire');
    await page.close();
  });

  it('survives an enormous query string', async () => {
    // About 7 KB: far beyond anything the app writes, within what HTTP servers accept (Node's
    // own limit on a request's headers is 16 KB; beyond it the server, not the app, refuses).
    const huge = 'x'.repeat(3000);
    const { page } = await open(`/?q=${huge}&from=2020-10-08&to=2020-10-10&actors=${'a,'.repeat(1800)}`);
    await mapDrawn(page);
    const search = await page.evaluate(() => location.search);
    expect(search).toContain('from=2020-10-08&to=2020-10-10');
    expect(search.length).toBeLessThan(200);
    await page.close();
  });

  it('corrects a reversed range and dates outside the war', async () => {
    const { page } = await open('/?from=2020-10-20&to=2020-10-05');
    await pane(page, 'Timeline').getByRole('slider', { name: /Start date/ }).waitFor();
    expect(await page.evaluate(() => location.search)).toBe('?from=2020-10-05&to=2020-10-20');
    await page.goto(`${site.url}/?from=1999-01-01&to=2031-01-01`);
    await pane(page, 'Timeline').getByRole('slider', { name: /Start date/ }).waitFor();
    expect(await page.evaluate(() => location.search)).toBe('');
    await page.close();
  });
});
