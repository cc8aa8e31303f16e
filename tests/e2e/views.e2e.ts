/** The three views' journeys: the map and a district, the timeline by keyboard and playback, the casualty record. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapDrawn, screenshot, startBrowserAndApp, watch } from './browser';

const env = startBrowserAndApp();

async function open(path = '/', width = 1440): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  await page.goto(env.app.url + path);
  await mapDrawn(page);
  return page;
}

/** Read from the page itself: replaceState changes are not always in page.url() yet. */
const param = (page: Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key);

describe('map', () => {
  it('selects Lachin from the list, shows its card, follows the range, and stays on 127.0.0.1', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = watch(page, env.app.url);
    await page.goto(env.app.url);
    const map = page.getByRole('region', { name: 'Map', exact: true });
    await mapDrawn(page);
    await map.getByRole('list', { name: 'Districts' }).getByRole('button', { name: 'Lachin' }).click();
    expect(await param(page, 'region')).toBe('az-lac');
    const card = page.getByRole('region', { name: 'Lachin' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Laçın');
    expect(await card.textContent()).toContain('Лачин');
    // Back and forward walk the selection, since every discrete choice is a history entry.
    await page.goBack();
    await card.waitFor({ state: 'detached' });
    expect(await param(page, 'region')).toBeNull();
    await page.goForward();
    await card.waitFor();
    expect(await param(page, 'region')).toBe('az-lac');
    const markers = () => map.locator('.map-frame').getAttribute('data-event-markers');
    const before = await markers();
    await map.getByRole('button', { name: 'Close Lachin' }).click();
    expect(await param(page, 'region')).toBeNull();
    const wholeWar = await markers();
    await page.goto(`${env.app.url}/?from=2020-10-08&to=2020-10-10`);
    await mapDrawn(page);
    const after = await markers();
    expect(Number(after)).toBeGreaterThan(0);
    expect(Number(after)).toBeLessThan(Number(wholeWar));
    expect(before).not.toBe(wholeWar); // the district filter narrowed the markers too
    await screenshot(page, 'map-lachin');
    expect(seen.foreignRequests).toEqual([]);
    await page.close();
  });

  it('selects a district by clicking its shape', async () => {
    const page = await open();
    // Lachin's shape, clicked where no marker sits (west of the town).
    const box = await page.locator('.leaflet-container').boundingBox();
    const point = await page.evaluate(() => {
      const el = [...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')].find(
        (p) => p.getAttribute('data-region') === 'az-lac',
      );
      const r = el?.getBoundingClientRect();
      return r ? { x: r.left + r.width * 0.3, y: r.top + r.height * 0.5 } : undefined;
    });
    expect(box && point).toBeTruthy();
    await page.mouse.click(point!.x, point!.y);
    expect(await param(page, 'region')).toBe('az-lac');
    await page.close();
  });

  it('opens a popup with date, type, claimant, status, summary and source links when an event marker is clicked', async () => {
    const page = await open('/?from=2020-10-04&to=2020-10-04');
    const marker = page.locator('.leaflet-markers-pane path.leaflet-interactive').last();
    await marker.waitFor();
    const box = (await marker.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const popup = page.locator('.leaflet-popup .event-popup');
    await popup.waitFor();
    const first = popup.locator('li').first();
    expect(await first.locator('.event-popup__meta').textContent()).toMatch(
      /2020 · .+ · .+ · (Claimed|Denied by the other side|Corroborated|Verified)/,
    );
    const link = first.locator('.event-popup__sources a').first();
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await page.close();
  });

  it('turns online tiles on only when asked, and remembers it in the URL', async () => {
    const page = await open();
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    await page.getByRole('switch', { name: 'Online map tiles' }).check();
    expect(await param(page, 'tiles')).toBe('1');
    await page.close();
  });
});

describe('timeline', () => {
  it('sets 8–10 Oct by keyboard; the list holds only those days and the URL keeps them', async () => {
    const page = await open();
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    const start = timeline.getByRole('slider', { name: /Start date/ });
    const end = timeline.getByRole('slider', { name: /End date/ });
    await start.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
    await end.focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 31; i++) await page.keyboard.press('ArrowLeft');
    // Slider steps reach the address bar just after the frame (see useViewState).
    await expect.poll(() => param(page, 'from')).toBe('2020-10-08');
    await expect.poll(() => param(page, 'to')).toBe('2020-10-10');
    const list = timeline.getByRole('list', { name: 'Events' });
    await list.getByRole('article').first().waitFor();
    const days = await list
      .locator('h3[data-date]')
      .evaluateAll((hs) => hs.map((h) => h.getAttribute('data-date')));
    expect(days.length).toBeGreaterThan(0);
    for (const d of days) expect(['2020-10-08', '2020-10-09', '2020-10-10']).toContain(d);
    await screenshot(page, 'timeline-8-10-oct');
    await page.close();
  });

  it('Play advances the end date from 1 Nov, and Pause stops it', async () => {
    const page = await open('/?from=2020-11-01&to=2020-11-01');
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    await timeline.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
    await timeline.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => (new URL(location.href).searchParams.get('to') ?? '') >= '2020-11-03');
    await timeline.getByRole('button', { name: 'Pause' }).click();
    const stopped = await param(page, 'to');
    await page.waitForTimeout(700);
    expect(await param(page, 'to')).toBe(stopped);
    expect(await param(page, 'from')).toBe('2020-11-01');
    await page.close();
  });

  it('answers “what happened on 17 October, and who said so?”', async () => {
    const page = await open('/?from=2020-10-17&to=2020-10-17');
    const list = page
      .getByRole('region', { name: 'Timeline', exact: true })
      .getByRole('list', { name: 'Events' });
    const first = list.getByRole('article').first();
    await first.waitFor();
    expect(await first.locator('.event__actor').textContent()).toBeTruthy();
    expect(await first.locator('.event__sources a').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('casualties', () => {
  it('draws one line per chosen series, shows 2,855 in the table and in the CSV, and hides later figures on 15 Oct', async () => {
    const page = await open('/?subject=azerbaijani-military-dead');
    const pane = page.getByRole('region', { name: 'Casualties', exact: true });
    const revisions = pane.getByRole('figure').first();
    await revisions.locator('.revisions-chart').scrollIntoViewIfNeeded();
    await revisions.locator('svg.revisions-svg').waitFor();
    const chosen = pane.locator('.series-chooser input:checked');
    const enabled = await chosen.count();
    expect(await revisions.locator('.series-line').count()).toBe(enabled);
    await chosen.first().uncheck();
    await expect.poll(() => revisions.locator('.series-line').count()).toBe(enabled - 1);
    expect(await param(page, 'series')).toBeTruthy();

    await revisions.getByRole('button', { name: 'Show table' }).click();
    const row = revisions.getByRole('row').filter({ has: page.getByRole('cell', { name: /2,855$/ }) });
    await row.first().waitFor();
    await pane.getByRole('checkbox', { name: /^Azerbaijan's Ministry of Defence \(own officials/ }).check();
    const download = page.waitForEvent('download');
    await revisions.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const line = csv.split('\r\n').find((l) => l.includes(',2855,'));
    expect(line).toContain('2021-01-18');
    expect(line).toMatch(/https?:\/\//);

    await page.goto(`${env.app.url}/?to=2020-10-15&tables=revisions&subject=azerbaijani-military-dead`);
    const table = page.getByRole('region', { name: 'Casualties', exact: true }).getByRole('table').first();
    await table.waitFor();
    const announced = await table
      .locator('tbody td[data-date]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-date') ?? ''));
    expect(announced.length).toBeGreaterThan(0);
    expect(announced.filter((d) => d > '2020-10-15')).toEqual([]);
    expect(await table.getByRole('cell', { name: /2,855$/ }).count()).toBe(0);
    await screenshot(page, 'casualties-15-oct');
    await page.close();
  });

  it('downloads the chart as PNG', async () => {
    const page = await open();
    const revisions = page
      .getByRole('region', { name: 'Casualties', exact: true })
      .getByRole('figure')
      .first();
    await revisions.locator('.revisions-chart').scrollIntoViewIfNeeded();
    await revisions.locator('svg.revisions-svg').waitFor();
    const download = page.waitForEvent('download');
    await revisions.getByRole('button', { name: 'Download PNG' }).click();
    const png = readFileSync(await (await download).path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
});
