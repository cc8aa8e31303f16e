/**
 * The journeys of a journalist or researcher (issue 20): link to and cite one event, print the
 * record of a few days, share the page, and download the data.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WarEvent } from '../../src/data/schemas';
import { mapDrawn, screenshot, startBrowserAndApp, watch } from './browser';

const env = startBrowserAndApp();
const SHOTS = process.env.SHOTS_DIR;
const events = JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as WarEvent[];
const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as {
  version: string;
  built: string;
};

async function context(): Promise<BrowserContext> {
  const ctx = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.app.url });
  return ctx;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const row = (page: Page, id: string) => page.locator(`article[aria-labelledby="ev-${id}"]`);

async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  }
}

// An event of the war with no place, from the middle of the list: the link must scroll to it.
const unplaced = events.filter((e) => !e.placeIds.length && e.date <= '2020-11-10');
const target = unplaced[Math.floor(unplaced.length / 2)];

describe('one event', () => {
  it('copies the link of an event without a place, and the link opens the list on that event', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const seen = watch(page, env.app.url);
    await page.goto(`${env.app.url}/?from=${target.date}&to=${target.date}`);
    const item = row(page, target.id);
    await item.getByRole('button', { name: 'Copy link' }).click();
    await item.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const link = await clipboard(page);
    expect(link).toBe(`${env.app.url}/?event=${target.id}`);

    const opened = await ctx.newPage();
    await opened.goto(link);
    const current = opened.locator('article[aria-current="true"]');
    await current.waitFor();
    expect(await current.getAttribute('aria-labelledby')).toBe(`ev-${target.id}`);
    // Scrolled into view inside the (virtual) list, far from its top.
    const list = await opened.locator('.event-list').boundingBox();
    const box = await current.boundingBox();
    expect(list && box).toBeTruthy();
    expect(box!.y).toBeGreaterThanOrEqual(list!.y - 1);
    expect(box!.y + Math.min(box!.height, 40)).toBeLessThanOrEqual(list!.y + list!.height + 1);
    expect(await opened.locator('.event-list').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    await shot(opened, 'event-link-opened');
    expect(seen.foreignRequests).toEqual([]);
    await ctx.close();
  });

  it('cites an event: APA-like text, BibTeX and CSL-JSON, each copied with a button', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.app.url}/?from=${target.date}&to=${target.date}`);
    await row(page, target.id).getByRole('button', { name: 'Cite', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Cite event ${target.id}` });
    await dialog.waitFor();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const apa = (await dialog.locator('pre[aria-label="APA-like text"]').textContent()) ?? '';
    expect(apa).toContain('Karabakh 2020: the 44-day war, day by day');
    expect(apa).toContain(`Event ${target.id}`);
    expect(apa).toContain(`version ${manifest.version}`);
    expect(apa).toContain(`Retrieved ${today}, from ${env.app.url}/?event=${target.id}`);
    expect(apa).toContain('Original sources: ');
    const csl = JSON.parse((await dialog.locator('pre[aria-label="CSL-JSON"]').textContent()) ?? '[]') as {
      id: string;
      URL: string;
    }[];
    expect(csl[0].URL).toBe(`${env.app.url}/?event=${target.id}`);
    expect(csl.slice(1).map((i) => i.id)).toEqual(target.sourceIds);
    await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
    await dialog.getByRole('status').filter({ hasText: 'BibTeX copied' }).waitFor();
    expect(await clipboard(page)).toMatch(/^@misc\{karabakh2020-/);
    await shot(page, 'cite-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ctx.close();
  });

  it('cites a chart, whose caption names the data version', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(env.app.url);
    const chart = page.getByRole('figure', { name: 'Events recorded per day, by type' });
    expect(await chart.locator('figcaption').textContent()).toContain(`Data version ${manifest.version}`);
    await chart.getByRole('button', { name: 'Cite this' }).click();
    const dialog = page.getByRole('dialog', { name: /Cite the chart/ });
    await dialog.waitFor();
    expect(await dialog.locator('pre[aria-label="BibTeX"]').textContent()).toContain(
      `version = {${manifest.version}}`,
    );
    await ctx.close();
  });
});

describe('print', () => {
  it('prints every event of a three-day range with its sources, the map and the figures, and no controls', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const [from, to] = ['2020-10-01', '2020-10-03'];
    await page.goto(`${env.app.url}/?from=${from}&to=${to}`);
    await mapDrawn(page);
    await page.getByRole('region', { name: 'Timeline' }).locator('article').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const doc = page.getByRole('region', { name: 'Printed record' });
    await doc.waitFor();
    const inRange = events.filter((e) => e.date >= from && e.date <= to);
    expect(inRange.length).toBeGreaterThan(20);
    expect(await doc.locator('.print-doc__event').count()).toBe(inRange.length);
    expect(await doc.locator('h2').textContent()).toContain(`${inRange.length} events`);
    const text = (await doc.textContent()) ?? '';
    for (const e of inRange) expect(text).toContain(e.summary);
    expect(await doc.locator('.print-doc__sources li').count()).toBeGreaterThanOrEqual(inRange.length);
    expect(await doc.getByRole('table').count()).toBe(1);
    // The map as drawn stays; every control is hidden.
    expect(await page.getByRole('region', { name: 'Map', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('button:visible, select:visible, input:visible').count()).toBe(0);
    await shot(page, 'print-view');
    if (SHOTS) await page.pdf({ path: join(SHOTS, 'print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

describe('share and download', () => {
  it('has Open Graph and Twitter tags whose image is in dist/', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.app.url);
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toContain('Karabakh 2020');
    expect(await meta('meta[property="og:description"]')).toBeTruthy();
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = (await meta('meta[property="og:image"]')) ?? '';
    expect(image).toMatch(/og-image\.png$/);
    const file = join('dist', new URL(image, env.app.url).pathname);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    expect((await page.request.get(new URL(image, env.app.url).href)).status()).toBe(200);
    // The CSP meta is still there.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    await page.close();
  });

  it('shows the data version to every reader, shares by copying the link, and offers the data in About', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.app.url}/?from=2020-10-04&to=2020-10-05`);
    await mapDrawn(page);
    const version = page
      .getByRole('banner')
      .getByText(`Data version ${manifest.version}, updated ${manifest.built}`, { exact: true });
    expect(await version.isVisible()).toBe(true);
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    if (!hasShare) {
      await page.getByRole('button', { name: 'Share' }).click();
      await page.getByRole('status').filter({ hasText: 'Link copied' }).first().waitFor();
      expect(await clipboard(page)).toBe(`${env.app.url}/?from=2020-10-04&to=2020-10-05`);
    }
    await page.getByRole('button', { name: 'About the data' }).click();
    const about = page.getByRole('dialog', { name: 'About this dashboard' });
    await about.getByRole('heading', { name: 'Download the data' }).waitFor();
    for (const name of [
      'events.csv',
      'casualties.csv',
      'sources.csv',
      'places.csv',
      'actors.csv',
      'datapackage.json',
      'regions.geojson',
    ]) {
      const href = await about.getByRole('link', { name, exact: true }).getAttribute('href');
      expect((await page.request.get(new URL(href ?? '', page.url()).href)).status(), name).toBe(200);
    }
    // Close is dark on white, not white on white (WCAG AA: 4.5:1).
    const close = about.getByRole('button', { name: 'Close About' });
    const ratio = await close.evaluate((el) => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      let bgEl: Element | null = el;
      let bg = 'rgba(0, 0, 0, 0)';
      while (bgEl && /rgba\(.*, 0\)|transparent/.test(bg)) {
        bg = getComputedStyle(bgEl).backgroundColor;
        bgEl = bgEl.parentElement;
      }
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(bg))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await shot(page, 'about-download');
    await close.click();
    await about.waitFor({ state: 'hidden' });
    await ctx.close();
  });
});
