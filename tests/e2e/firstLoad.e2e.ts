/**
 * What the first load asks of a phone (issue 9): the data is read off the main thread, the charts
 * below the fold cost nothing until the reader scrolls to them, and the offline copy waits until
 * the app has taken over. Each falls back to the plain way where the browser lacks the feature.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapDrawn, startBrowserAndApp, type Watched, watch } from './browser';

const env = startBrowserAndApp();

async function openPhone(
  init?: () => void,
  { useMap = true } = {},
): Promise<{ page: Page; requests: string[]; seen: Watched; infos: string[] }> {
  const page = await env.browser.newPage({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  if (init) await page.addInitScript(init);
  const seen = watch(page, env.app.url);
  const infos: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'info') infos.push(m.text());
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(env.app.url);
  if (useMap) await mapDrawn(page);
  return { page, requests, seen, infos };
}

/** The scripts among requested paths (chunk names are Vite's: `<module>-<hash>.js`). */
const scriptsAmong = (paths: string[]): string[] => paths.filter((p) => p.endsWith('.js'));

/** Event markers are the filled circles in the markers pane (claim rings are not filled). */
const eventMarkers = (page: Page) => page.locator('.leaflet-markers-pane path[fill-opacity="0.85"]');

describe('the first load on a phone', () => {
  it('reads the data in a worker, draws the whole map, and logs no error', async () => {
    const { page, seen } = await openPhone();
    expect(
      page
        .workers()
        .map((w) => w.url())
        .some((u) => /\/assets\/bundleWorker-[\w-]+\.js$/.test(u)),
    ).toBe(true);
    // The map is drawn in slices; all of the default view's markers arrive.
    const expected = Number(await page.locator('.map-frame').getAttribute('data-event-markers'));
    expect(expected).toBeGreaterThan(50);
    await expect.poll(() => eventMarkers(page).count()).toBe(expected);
    await expect.poll(() => page.locator('#root').getAttribute('inert')).toBeNull();
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the map as a picture, with no Leaflet code, until the first input; then Leaflet takes its place', async () => {
    const { page, requests, seen } = await openPhone(undefined, { useMap: false });
    const picture = page.locator('.static-map');
    await expect.poll(() => page.locator('#root').getAttribute('inert')).toBeNull();
    await page.waitForTimeout(500);
    const expected = Number(await page.locator('.map-frame').getAttribute('data-event-markers'));
    expect(await picture.locator('.static-map__event').count()).toBe(expected);
    expect(
      await picture.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    const beforeInput = requests.length;
    expect(scriptsAmong(requests).some((p) => /\/assets\/boot-/.test(p))).toBe(true); // the app has taken over

    // Where the picture puts a town, Leaflet puts it too.
    const where = () =>
      page.locator('.map-frame .town-label', { hasText: 'Shushi / Shusha' }).first().boundingBox();
    const before = await where();
    await mapDrawn(page);
    // Leaflet's chunk is among those the first input brought (so it was not loaded before it).
    expect(scriptsAmong(requests.slice(beforeInput))).toContainEqual(
      expect.stringMatching(/\/assets\/LeafletMap-[\w-]+\.js$/),
    );
    await expect.poll(() => eventMarkers(page).count()).toBe(expected);
    await expect.poll(() => picture.count()).toBe(0);
    const after = await where();
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(2);
    expect(Math.abs(after!.y - before!.y)).toBeLessThan(2);
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('still loads its data where workers are unavailable', async () => {
    const { page } = await openPhone(() => {
      // @ts-expect-error: a browser without workers, as far as the app can tell
      delete window.Worker;
    });
    expect(page.workers()).toEqual([]);
    await expect.poll(() => eventMarkers(page).count()).toBeGreaterThan(50);
    await page.close();
  });

  it('loads no chart code until a chart is scrolled into view', async () => {
    const { page, requests } = await openPhone();
    await page.waitForTimeout(500);
    expect(await page.locator('.recharts-surface').count()).toBe(0);
    const beforeScroll = requests.length;
    await page.getByRole('figure', { name: 'Events recorded per day, by type' }).scrollIntoViewIfNeeded();
    await page
      .getByRole('figure', { name: 'Events recorded per day, by type' })
      .locator('.recharts-surface')
      .waitFor();
    // The chart's chunk came with the scroll, so it was not loaded before it. Since the casualty
    // chart draws plain SVG, the daily chart is Recharts' only user and its chunk carries Recharts:
    // the chunk that arrives holds Recharts' own surface class.
    const broughtByScroll = scriptsAmong(requests.slice(beforeScroll));
    const daily = broughtByScroll.find((u) => /\/assets\/DailyChart-[\w-]+\.js$/.test(u));
    expect(daily, broughtByScroll.join(', ')).toBeDefined();
    expect(
      await page.evaluate(async (u) => (await (await fetch(u)).text()).includes('recharts-surface'), daily!),
    ).toBe(true);
    await page.close();
  });

  it('registers the offline copy only after the app has taken over and the page has loaded', async () => {
    const { page } = await openPhone(() => {
      const calls: { inert: boolean; readyState: string }[] = [];
      Object.assign(window, { swRegistrations: calls });
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args: Parameters<typeof register>) => {
        calls.push({
          inert: !!document.getElementById('root')?.hasAttribute('inert'),
          readyState: document.readyState,
        });
        return register(...args);
      };
    });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const calls = await page.evaluate(
      () => (window as unknown as { swRegistrations: unknown[] }).swRegistrations,
    );
    expect(calls).toEqual([{ inert: false, readyState: 'complete' }]);
    await page.close();
  });

  it('hydrates the timeline when it is scrolled to, and it then works', async () => {
    const { page, seen } = await openPhone();
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    const figure = timeline.getByRole('figure', { name: 'Events recorded per day, by type' });
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('.recharts-surface').waitFor(); // drawn only by the hydrated pane
    await figure.getByRole('button', { name: 'Show table' }).click();
    await figure.getByRole('table').waitFor();
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('draws a late pane for the view the reader chose before scrolling to it, without an error', async () => {
    const { page, seen, infos } = await openPhone();
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    const before = await timeline.locator('.pane__range').textContent();
    // Clicked where it is, without scrolling: scrolled into view, the district list brings the
    // timeline's top edge on screen too, and the timeline then rightly hydrates at once.
    await page
      .getByRole('region', { name: 'Map', exact: true })
      .getByRole('list', { name: 'Districts' })
      .getByRole('button', { name: 'Lachin' })
      .evaluate((button: HTMLElement) => button.click());
    await page.waitForTimeout(300);
    expect(await timeline.locator('.pane__range').textContent()).toBe(before); // still waiting below the fold
    await timeline.scrollIntoViewIfNeeded();
    await expect.poll(() => timeline.locator('.pane__range').textContent()).not.toBe(before);
    expect(seen.consoleErrors).toEqual([]);
    // The pane hydrated before the change reached it: nothing was drawn afresh, nothing said so.
    expect(infos).toEqual([]);
    await page.close();
  });

  it('shows the timeline’s prerendered rows without overlap while it waits to hydrate', async () => {
    const { page } = await openPhone();
    const overlaps = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('.event-list li')].map((li) => li.getBoundingClientRect());
      return rows.slice(1).filter((r, i) => r.top < rows[i].bottom - 1).length;
    });
    expect(overlaps).toBe(0);
    await page.close();
  });
});
