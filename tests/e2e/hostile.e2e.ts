/** Hostile input: broken, missing or malicious data files and garbage URLs get a clear message, never a blank page or a running script. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Served } from '../../scripts/serve';
import { TILE_HOST } from '../../src/app/csp';
import { copyOfDist, launch, mapDrawn, screenshot } from './browser';

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
  for (const f of ['events.json', 'sources.json', 'casualties.json', 'regions.geojson', 'actors.json'])
    restore(f);
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

/** The status that names what was set aside in the data; resolves once it names `text`. */
async function problems(page: Page, text: string): Promise<void> {
  await page
    .locator('.data-problems')
    .filter({ hasText: text })
    .waitFor({ state: 'attached', timeout: 20_000 });
}

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

  it('a wrong type in one record names the record and the field, and the rest of the file serves', async () => {
    const figures = JSON.parse(original('casualties.json')) as { id: string; value?: unknown }[];
    figures[2] = { ...figures[2], value: 'many' };
    writeFileSync(join(dir, 'data', 'casualties.json'), JSON.stringify(figures));
    const { page } = await open();
    await problems(page, `casualties.json: record "${figures[2].id}" (#3), field "value"`);
    await pane(page, 'Casualties').getByRole('figure').first().waitFor();
    expect(await pane(page, 'Casualties').getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('a whole file that is not the right shape is named in its pane', async () => {
    writeFileSync(join(dir, 'data', 'casualties.json'), '{"figures": []}');
    const { page } = await open();
    const alert = pane(page, 'Casualties').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('casualties.json');
    await page.close();
  });

  it('a javascript: link is named, becomes plain text, and the panes keep working', async () => {
    const sources = JSON.parse(original('sources.json')) as { id: string; url: string; publisher: string }[];
    sources[0] = { ...sources[0], url: 'javascript:alert(document.domain)' };
    writeFileSync(join(dir, 'data', 'sources.json'), JSON.stringify(sources));
    const { page, dialogs } = await open();
    await problems(page, `sources.json: record "${sources[0].id}" (#1), field "url"`);
    await pane(page, 'Timeline').getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    expect(await pane(page, 'Timeline').getByRole('alert').count()).toBe(0);
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
    const { page } = await open(
      '/?from=2020-10-08&to=not-a-date&types=ceasefire,<script>&region=%00%00&utm=1&measure=everything',
    );
    await pane(page, 'Timeline').getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    const search = await page.evaluate(() => location.search);
    expect(search).toBe('?from=2020-10-08&types=ceasefire');
    const said = page.locator('.view-notice');
    for (const text of [
      'Invalid "to" ignored: not-a-date',
      'Not a known choice for "types", ignored: <script>',
      'Unknown link parameter "utm" ignored',
      'Invalid "measure" ignored: everything',
    ]) {
      expect(await said.textContent()).toContain(text);
    }
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
    await pane(page, 'Timeline')
      .getByRole('slider', { name: /Start date/ })
      .waitFor();
    expect(await page.evaluate(() => location.search)).toBe('?from=2020-10-05&to=2020-10-20');
    await page.goto(`${site.url}/?from=1999-01-01&to=2031-01-01`);
    await pane(page, 'Timeline')
      .getByRole('slider', { name: /Start date/ })
      .waitFor();
    expect(await page.evaluate(() => location.search)).toBe('');
    await page.close();
  });
});

type Rec = { id: string; date: string; actorId: string; summary: string; placeIds: string[] };

describe('records that do not fit the rest of the bundle', () => {
  it('names an unknown actor, a duplicated id and a date outside the record', async () => {
    const events = JSON.parse(original('events.json')) as Rec[];
    events[0] = { ...events[0], actorId: 'nobody' };
    events[2] = { ...events[2], date: '2099-01-01' };
    events.push({ ...events[1], summary: 'A second record with the same id' });
    writeFileSync(join(dir, 'data', 'events.json'), JSON.stringify(events));
    const { page } = await open();
    await problems(page, `events.json: record "${events[0].id}", field "actorId": unknown actorId "nobody"`);
    await problems(page, `field "date": a date from 2020-09-27 to 2020-12-31`);
    await problems(page, `the id "${events[1].id}" is used more than once`);
    await pane(page, 'Timeline').getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    expect(await page.getByText('A second record with the same id').count()).toBe(0);
    // The event with an unknown actor is set aside, not shown with a raw id.
    expect(await page.getByText(events[0].summary, { exact: true }).count()).toBe(0);
    await screenshot(page, 'hostile-data-problems');
    await page.close();
  });

  it('an empty polygon is refused, the map still draws, and a link to it says so', async () => {
    const regions = JSON.parse(original('regions.geojson')) as {
      features: {
        properties: { id: string; kind: string };
        geometry: { type: string; coordinates: unknown };
      }[];
    };
    const district = regions.features.find(
      (f) => f.properties.kind === 'district' && f.properties.id.startsWith('az-'),
    )!;
    district.geometry = { type: 'Polygon', coordinates: [] };
    writeFileSync(join(dir, 'data', 'regions.geojson'), JSON.stringify(regions));
    const { page } = await open(`/?region=${district.properties.id}`);
    await problems(page, `regions.geojson: feature "${district.properties.id}"`);
    await page.getByText(`No district '${district.properties.id}' — showing all`).waitFor();
    await mapDrawn(page);
    expect(await pane(page, 'Map').getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('a right-to-left override in the data does not reorder the app’s own words', async () => {
    const events = JSON.parse(original('events.json')) as Rec[];
    const e = events.find((x) => x.placeIds.length > 0)!;
    e.summary = '\u202Eevil summary';
    writeFileSync(join(dir, 'data', 'events.json'), JSON.stringify(events));
    const { page } = await open(`/?from=${e.date}&to=${e.date}`);
    const item = pane(page, 'Timeline').getByRole('article').filter({ hasText: 'evil summary' });
    await item.waitFor();
    const isolated = await item.evaluate((el) => {
      const summary = el.querySelector('.event__summary');
      const places = el.querySelector('.event__places bdi');
      return { summary: summary && getComputedStyle(summary).unicodeBidi, places: places !== null };
    });
    expect(isolated).toEqual({ summary: 'isolate', places: true });
    await page.close();
  });
});

describe('links that ask for what is not there', () => {
  it('says "No district \'az-nowhere\' — showing all" and shows all', async () => {
    const { page } = await open('/?region=az-nowhere');
    await page.getByRole('status').filter({ hasText: "No district 'az-nowhere' — showing all" }).waitFor();
    await page.waitForFunction(() => !location.search.includes('region'));
    await page.close();
  });

  it('a ?tiles=1 link proposes tiles; none is requested until the reader turns them on', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const tileRequests: string[] = [];
    await page.route(`${TILE_HOST}/**`, (r) => r.abort());
    page.on('request', (r) => {
      if (r.url().startsWith(TILE_HOST)) tileRequests.push(r.url());
    });
    await page.goto(`${site.url}/?tiles=1`);
    await mapDrawn(page);
    const toggle = pane(page, 'Map').getByRole('switch', { name: 'Online map tiles' });
    expect(await toggle.isChecked()).toBe(false);
    await pane(page, 'Map').getByText('Proposed by this link').waitFor();
    await page.waitForTimeout(1000);
    expect(tileRequests).toEqual([]);
    const firstTile = page.waitForRequest((r) => r.url().startsWith(TILE_HOST));
    await toggle.check();
    await firstTile;
    await page.close();
  });
});
