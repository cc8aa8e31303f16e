/**
 * The map as a reader meets it (issue 18): popups and tooltips over everything and inside the
 * frame, markers that say what they are on hover and focus and are reached by keyboard, a map
 * that follows the filters, labels that never overprint, districts in both sides' names, claim
 * rings by day, a legend that matches, and plain words.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventTypeStyle } from '../../src/model/eventTypeStyle';
import { ARTIFACTS, mapDrawn, startBrowserAndApp } from './browser';

const env = startBrowserAndApp();
const SHOTS = `${ARTIFACTS}/map`;

async function open(path = '/', width = 1440, height = 900): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height } });
  await page.goto(env.app.url + path);
  await mapDrawn(page);
  await page.locator('.leaflet-container:not(.map--drawing)').waitFor();
  return page;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  text: string;
}

/** The visible map labels and the frame, in page pixels. */
function labelRects(page: Page): Promise<{ frame: Rect; labels: Rect[] }> {
  return page.evaluate(() => {
    const r = (el: Element): Rect => {
      const b = el.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, text: el.textContent ?? '' };
    };
    const frame = document.querySelector('.map-frame')!;
    const labels = [...frame.querySelectorAll('.town-label, .district-label')].filter(
      (el) => (el as HTMLElement).offsetParent !== null && getComputedStyle(el).display !== 'none',
    );
    return { frame: r(frame), labels: labels.map(r) };
  });
}

/** Labels that run off the frame or overprint another: none, or the reason. */
function labelProblems({ frame, labels }: { frame: Rect; labels: Rect[] }): string[] {
  if (labels.length < 4) return [`only ${labels.length} labels`];
  const problems: string[] = [];
  for (const a of labels) {
    if (!(a.left >= frame.left && a.right <= frame.right && a.top >= frame.top && a.bottom <= frame.bottom))
      problems.push(`${a.text} runs off the map`);
    for (const b of labels) {
      if (a === b) continue;
      const overlap =
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      if (overlap) problems.push(`"${a.text}" overprints "${b.text}"`);
    }
  }
  return problems;
}

/** Polled: Leaflet lays the labels out again once a zoom has ended. */
const expectNoOverlapInside = (page: Page, where: string) =>
  expect
    .poll(async () => labelProblems(await labelRects(page)), { message: where, timeout: 4000 })
    .toEqual([]);

const inside = (
  box: { x: number; y: number; width: number; height: number },
  frame: { x: number; y: number; width: number; height: number },
) =>
  box.x >= frame.x - 0.5 &&
  box.y >= frame.y - 0.5 &&
  box.x + box.width <= frame.x + frame.width + 0.5 &&
  box.y + box.height <= frame.y + frame.height + 0.5;

describe('the map', () => {
  it('1. opens a popup above labels and markers, inside the frame, and keeps tooltips inside it', async () => {
    const page = await open('/', 375, 740);
    const marker = page.locator('[data-place="khankendi"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    await page.waitForTimeout(400); // the pan that brings it into the frame
    const frame = (await page.locator('.leaflet-container').boundingBox())!;
    const box = (await popup.boundingBox())!;
    expect(inside(box, frame)).toBe(true);
    // Whatever lies under the popup (town labels, markers), the popup is on top.
    const onTop = await page.evaluate(({ x, y, width, height }) => {
      const hits: boolean[] = [];
      for (let i = 1; i < 5; i++)
        for (let j = 1; j < 5; j++)
          hits.push(
            !!document.elementFromPoint(x + (width * i) / 5, y + (height * j) / 5)?.closest('.leaflet-popup'),
          );
      return hits.every(Boolean);
    }, box);
    expect(onTop).toBe(true);
    await page.screenshot({ path: `${SHOTS}/popup-375.png` });
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe('khankendi');

    // The markers nearest the frame's left, right and top edges: their tooltips stay inside.
    const ids = await page.evaluate(() => {
      const c = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      const seen = [...document.querySelectorAll<SVGElement>('[data-place]')]
        .map((m) => ({ id: m.dataset.place!, b: m.getBoundingClientRect() }))
        .filter(({ b }) => b.left > c.left && b.right < c.right && b.top > c.top && b.bottom < c.bottom);
      const by = (f: (b: DOMRect) => number) => seen.sort((p, q) => f(p.b) - f(q.b))[0].id;
      return [...new Set([by((b) => b.left), by((b) => -b.right), by((b) => b.top)])];
    });
    for (const id of ids) {
      const marker = page.locator(`[data-place="${id}"]`);
      await marker.focus();
      const tip = page.locator('.leaflet-tooltip', { hasText: (await marker.getAttribute('aria-label'))! });
      await tip.waitFor();
      expect(inside((await tip.boundingBox())!, frame), id).toBe(true);
    }
    await page.close();
  });

  it('2. tells what a marker is on hover and on keyboard focus: both names, count, types', async () => {
    const page = await open('/?from=2020-10-04&to=2020-10-11');
    const marker = page.locator('[data-place="khankendi"]');
    const name = await marker.getAttribute('aria-label');
    expect(name).toMatch(/^Stepanakert \/ Khankendi: \d+ events? in range \(.+\)$/);
    await marker.focus();
    await expect.poll(() => page.locator('.leaflet-tooltip').textContent()).toBe(name);
    await marker.blur();
    await page
      .locator('[data-place="ganja"]')
      .hover({ force: true })
      .catch(() => undefined);
    await page.evaluate(() =>
      document
        .querySelector('[data-place="khankendi"]')!
        .dispatchEvent(new MouseEvent('mouseover', { bubbles: true })),
    );
    await expect.poll(() => page.locator('.leaflet-tooltip').first().textContent()).toBe(name);
    await page.close();
  });

  it('3. is walked by keyboard with no unnamed stop; arrows move between markers, Enter opens one', async () => {
    const page = await open('/');
    await page.getByRole('switch', { name: 'Online map tiles' }).focus();
    const stops: { tag: string; name: string }[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (!el.closest('.map-frame')) return undefined;
        const name = el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? 'labelled' : '');
        return { tag: el.tagName, name: (name || el.textContent || el.getAttribute('title') || '').trim() };
      });
      if (!stop) {
        if (stops.length) break;
        continue;
      }
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(3);
    for (const s of stops) expect(s.name, `${s.tag} has a name`).not.toBe('');
    expect(stops.filter((s) => s.tag === 'path')).toHaveLength(1); // one stop for the markers
    expect(stops.map((s) => s.name)).toContain('Zoom in');

    const first = page.locator('[data-place][tabindex="0"]');
    await first.focus();
    const id0 = await first.getAttribute('data-place');
    await page.keyboard.press('ArrowRight');
    const id1 = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
    expect(id1).toBeTruthy();
    expect(id1).not.toBe(id0);
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup .event-popup').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('.leaflet-popup'))).toBe(true);
    // District shapes are not tab stops: the "Districts" list is their keyboard route.
    expect(
      await page.locator('[data-region]:not([tabindex="-1"]), [data-claim]:not([tabindex="-1"])').count(),
    ).toBe(0);
    await page.close();
  });

  it('4. says how many events lie outside the view and fits them; the wheel zooms only once engaged', async () => {
    const page = await open('/?q=Ganja');
    const status = page.locator('.map-outside');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ events? outside the viewFit to results$/);
    await page.getByRole('button', { name: 'Fit to results' }).click();
    await expect.poll(() => status.textContent()).toBe('Every mapped event is in the view.');
    const frame = (await page.locator('.leaflet-container').boundingBox())!;
    expect(inside((await page.locator('[data-place="ganja"]').boundingBox())!, frame)).toBe(true);
    await page.close();

    const fresh = await open('/');
    const width = () =>
      fresh.locator('path[data-region="az-lac"]').evaluate((p) => p.getBoundingClientRect().width);
    const before = await width();
    const map = (await fresh.locator('.leaflet-container').boundingBox())!;
    await fresh.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await fresh.mouse.wheel(0, -300);
    await fresh.waitForTimeout(500);
    expect(await width()).toBeCloseTo(before, 0); // not captured: the page scrolled instead
    await fresh.locator('.leaflet-container').focus();
    const at = (await fresh.locator('.leaflet-container').boundingBox())!;
    await fresh.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await fresh.mouse.wheel(0, -300);
    await expect.poll(width, { timeout: 3000 }).toBeGreaterThan(before * 1.3);
    await fresh.close();
  });

  for (const width of [375, 768, 1440]) {
    it(`5. never overprints a label or runs one off the map at ${width} px, in the picture, in Leaflet, and zoomed in`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(env.app.url);
      await page.locator('.static-map').waitFor();
      await expectNoOverlapInside(page, `picture at ${width}`);
      await mapDrawn(page);
      await page.locator('.leaflet-container:not(.map--drawing)').waitFor();
      await expectNoOverlapInside(page, `Leaflet at ${width}`);
      if (width !== 768) await page.screenshot({ path: `${SHOTS}/map-first-view-${width}.png` });
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(600);
      await expectNoOverlapInside(page, `zoomed in at ${width}`);
      if (width !== 768) await page.screenshot({ path: `${SHOTS}/map-zoomed-${width}.png` });
      await page.close();
    });
  }

  it('6. names the districts in both sides’ usage, on the map and in the list, and tells the seven from Nagorno-Karabakh', async () => {
    const page = await open('/');
    const list = page.getByRole('list', { name: 'Districts' });
    for (const name of [
      'Agdam (Akna)',
      'Shusha / Shushi',
      'Kalbajar (Karvachar)',
      'Lachin (Berdzor)',
      'Fuzuli (Varanda)',
      'Jabrayil (Jrakan)',
      'Zangilan (Kovsakan)',
      'Khojaly (Askeran)',
      'Khojavend (Martuni, Hadrut)',
    ]) {
      await list.getByRole('button', { name, exact: true }).waitFor();
    }
    const fill = (id: string) => page.locator(`path[data-region="${id}"]`).getAttribute('fill');
    expect(await fill('az-lac')).not.toBe(await fill('az-xci'));
    const legend = page.getByRole('group', { name: 'Map legend' });
    expect(await legend.textContent()).toContain('The seven adjacent districts');
    await list.getByRole('button', { name: 'Lachin (Berdzor)' }).click();
    const card = page.getByRole('region', { name: 'Lachin (Berdzor)' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Nagorno-Karabakh authorities called the town Berdzor/);
    await page.waitForTimeout(800);
    await page.locator('.district-label', { hasText: 'Lachin (Berdzor)' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/district-lachin-1440.png` });
    await page.close();
  });

  it('7. singles out the day’s claims, marks denials, counts what it draws, and lists unlocated claims', async () => {
    const events = JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as {
      date: string;
      type: string;
      status: string;
      placeIds: string[];
    }[];
    const first = new Map<string, { date: string; status: string }>();
    for (const e of [...events].sort((a, b) => (a.date < b.date ? -1 : 1))) {
      if (e.type === 'territorial-claim') for (const p of e.placeIds) if (!first.has(p)) first.set(p, e);
    }
    const onDay = [...first.values()].filter((e) => e.date === '2020-10-17').length;

    const page = await open('/?to=2020-10-17');
    // The map pane takes the URL's view after hydrating the prerendered default: wait for it.
    const claimsLegend = page.getByRole('list', { name: 'Territorial claims' });
    await expect
      .poll(async () => (await claimsLegend.textContent()) ?? '')
      .toMatch(/Announced as taken on Oct 17/);
    const rings = page.locator('.leaflet-markers-pane path[data-claim]');
    const drawn = Number(await page.locator('[data-claims-drawn]').getAttribute('data-claims-drawn'));
    await expect.poll(() => rings.count()).toBe(drawn);
    const legend = (await page.getByRole('list', { name: 'Territorial claims' }).textContent())!;
    const newOnes = Number(/Announced as taken on [^(]+\((\d+)\)/.exec(legend)?.[1]);
    expect(await page.locator('path[data-claim^="on-end-day"]').count()).toBe(newOnes);
    const summary = page.getByText(/^Claims at places not on the map \(\d+\)$/);
    await summary.click();
    const unlocatedToday = await page
      .locator('.unlocated-claims li', { hasText: '(on the end day)' })
      .count();
    expect(newOnes + unlocatedToday).toBe(onDay);
    // Ring colours are never an event type's colour.
    const strokes = await rings.evaluateAll((els) => els.map((e) => e.getAttribute('stroke')));
    const typeColours = Object.values(eventTypeStyle).map((s) => s.colour);
    for (const s of strokes) expect(typeColours).not.toContain(s);
    await page.screenshot({ path: `${SHOTS}/claims-17oct-1440.png` });
    // One day on, the same rings (Leaflet keeps each place's layer) say when they were announced
    // as it is now: the day's new ones only are "on-end-day".
    await page.getByRole('slider', { name: 'End date' }).press('ArrowRight');
    await expect
      .poll(async () => {
        const now = (await page.getByRole('list', { name: 'Territorial claims' }).textContent())!;
        const announced = /Announced as taken on Oct 18[^(]*\((\d+)\)/.exec(now);
        if (!announced) return 'the legend has not moved to 18 Oct';
        const onEnd = await page.locator('path[data-claim^="on-end-day"]').count();
        return onEnd === Number(announced[1])
          ? 'agree'
          : `${onEnd} rings on the end day, legend ${announced[1]}`;
      })
      .toBe('agree');
    await page.close();

    const denied = [...first.entries()].find(([, e]) => e.status === 'denied');
    expect(denied).toBeTruthy();
    const onDenied = await open(`/?to=${denied![1].date}`);
    const ring = onDenied.locator('path[data-claim$="denied"]').first();
    await ring.waitFor({ state: 'attached' });
    await ring.evaluate((el) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    await expect
      .poll(() => onDenied.locator('.leaflet-tooltip').first().textContent())
      .toMatch(/the other side denied it/);
    await onDenied.close();
  });

  it('8. has a legend of plain circles, as drawn, and every type glyph renders with the page’s fonts', async () => {
    const page = await open('/');
    const swatches = await page
      .getByRole('group', { name: 'Map legend' })
      .locator('.legend__swatch')
      .evaluateAll((els) =>
        els.map((e) => ({ text: e.textContent, radius: getComputedStyle(e).borderRadius })),
      );
    expect(swatches.length).toBeGreaterThan(3);
    for (const s of swatches) expect(s).toEqual({ text: '', radius: '50%' });
    const glyphs = Object.values(eventTypeStyle).map((s) => s.glyph);
    const missing = await page.evaluate((chars) => {
      const font = `16px ${getComputedStyle(document.body).fontFamily}`;
      const pixels = (ch: string) => {
        const c = document.createElement('canvas');
        c.width = c.height = 24;
        const g = c.getContext('2d')!;
        g.font = font;
        g.fillText(ch, 2, 18);
        return Array.from(g.getImageData(0, 0, 24, 24).data).join(',');
      };
      const box = pixels('\u0378'); // an unassigned code point: the empty box
      return chars.filter((ch) => pixels(ch) === box);
    }, glyphs);
    expect(missing).toEqual([]);
    await page.close();
  });

  it('9. uses plain words on cards, says where boundaries are approximate, and credits its sources without an emblem', async () => {
    const page = await open('/?region=az-sus');
    const card = page.getByRole('region', { name: 'Shusha / Shushi' });
    await card.waitFor();
    const text = (await card.textContent())!;
    expect(text).not.toMatch(/merged in|source’s|unit is/);
    expect(text).toMatch(/Boundaries on this map are approximate.*Berdzor \/ Lachin.*1\.9 km/);
    const attribution = page.locator('.leaflet-control-attribution');
    const credits = (await attribution.textContent())!;
    for (const name of ['Leaflet', 'Natural Earth', 'GeoNames']) expect(credits).toContain(name);
    expect(await attribution.locator('svg, img').count()).toBe(0);
    await page.close();
  });
});
