/** Issue 19's journeys: the brush, history, day-by-day play, the chart's tooltip, the keyboard path, one-frame steps. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/calendar';
import { mapDrawn, screenshot, startBrowserAndApp } from './browser';

const env = startBrowserAndApp();

async function open(path = '/', width = 1440): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(env.app.url + path);
  await page.getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
  // The list is in the prerendered page: wait until the app has taken over and the timeline's
  // chart is drawn, so a key press reaches a live control.
  await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('inert'));
  await page.locator('.pane--timeline .recharts-surface').first().waitFor();
  return page;
}

const param = (page: Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key);
const search = (page: Page) => page.evaluate(() => location.search);
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });

/** What each view says the range is: the timeline's heading, the map's lede, the casualties' "as known on". */
async function viewsSay(page: Page) {
  return page.evaluate(() => ({
    timeline: document.querySelector('.pane--timeline .pane__range')?.textContent ?? '',
    map: document.querySelector('.pane--map .pane__lede')?.textContent ?? '',
    casualties: document.querySelector('section[aria-label="Casualties"]')?.textContent ?? '',
  }));
}

/** The day as the app writes it in headings ("Nov 3, 2020"). */
const label = (iso: string) => formatDay(iso);

describe('the timeline (issue 19)', () => {
  it('a drag across the bars from the default view selects that range, and Back returns to the whole war', async () => {
    const page = await open();
    const brush = page.locator('.range-brush');
    await brush.waitFor();
    const box = (await brush.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.4, y, { steps: 4 });
    await page.mouse.up();
    // 45 days: 20 % is day 9 (6 Oct), 40 % is day 18 (15 Oct).
    await expect.poll(() => search(page)).toBe('?from=2020-10-06&to=2020-10-15');
    await expect
      .poll(async () => (await viewsSay(page)).timeline)
      .toContain(`${label('2020-10-06')} – ${label('2020-10-15')}`);
    await screenshot(page, 'timeline-brushed');
    // Dragging inside the selection moves it; its right edge resizes it.
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * (0.3 + 2 / 45), y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => search(page)).toBe('?from=2020-10-08&to=2020-10-17');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?from=2020-10-06&to=2020-10-15');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('');
    expect(new URL(page.url()).origin).toBe(env.app.url);
    await expect
      .poll(async () => (await viewsSay(page)).timeline)
      .toContain(`${label('2020-09-27')} – ${label('2020-11-10')}`);
    await page.close();
  });

  it('a slider change then Back returns to the view before it, one entry per key press', async () => {
    const page = await open();
    const end = timeline(page).getByRole('slider', { name: /End date/ });
    await end.focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => search(page)).toBe('?to=2020-11-03');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => search(page)).toBe('?to=2020-11-02');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?to=2020-11-03');
    await expect.poll(async () => (await viewsSay(page)).timeline).toContain(label('2020-11-03'));
    await page.goBack();
    await expect.poll(() => search(page)).toBe('');
    expect(new URL(page.url()).origin).toBe(env.app.url);
    await page.close();
  });

  it('plays day by day: start equals end, and the list, the map and the casualties follow the day', async () => {
    const page = await open('/?from=2020-10-20&to=2020-10-25');
    await mapDrawn(page);
    const pane = timeline(page);
    await pane.getByRole('combobox', { name: 'Window', exact: true }).selectOption({ label: 'Day by day' });
    await pane.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
    await pane.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => (new URL(location.href).searchParams.get('to') ?? '') >= '2020-10-23');
    await pane.getByRole('button', { name: 'Pause' }).click();
    const day = (await param(page, 'to'))!;
    expect(await param(page, 'from')).toBe(day);
    expect(await param(page, 'window')).toBe('day');
    await expect.poll(async () => (await viewsSay(page)).timeline).toMatch(new RegExp(`^${label(day)}:`));
    const says = await viewsSay(page);
    expect(says.map).toContain(`${label(day)} – ${label(day)}`);
    expect(says.casualties).toContain(`As known on: ${label(day)}`);
    const shownDays = await pane
      .locator('h3[data-date]')
      .evaluateAll((hs) => hs.map((h) => h.getAttribute('data-date')));
    expect(shownDays).toEqual([day]);
    await screenshot(page, 'timeline-day-by-day');
    // The whole play is one history entry: Back returns to the range before it.
    await page.goBack();
    await expect.poll(() => param(page, 'to')).toBe('2020-10-25');
    expect(await param(page, 'from')).toBe('2020-10-20');
    await page.close();
  });

  it('a bar has a tooltip with the date and the counts by type, on hover and on keyboard focus', async () => {
    const page = await open();
    const brush = page.locator('.range-brush');
    await brush.waitFor();
    const box = (await brush.boundingBox())!;
    // 14 Oct is day 17 of 45.
    await page.mouse.move(box.x + box.width * (17.5 / 45), box.y + box.height - 4);
    const tip = page.locator('.day-tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/Wed, Oct 14, 2020\s*\d+ events?/);
    await screenshot(page, 'timeline-tooltip');
    await page.mouse.move(2, 2);
    await tip.waitFor({ state: 'detached' });
    const days = page.getByRole('group', { name: 'Days' });
    await days.getByRole('button').first().focus();
    // The tab stop is the range's first day; arrows move it, and the tooltip follows.
    await page.keyboard.press('ArrowRight');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('Mon, Sep 28, 2020');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Mon, Sep 28, 2020, \d+ events?/);
    // The marked days say what the dashed line marks, as does the note under the chart.
    expect(await days.getByRole('button', { name: /Dashed line: Ceasefire \(Moscow\)/ }).count()).toBe(1);
    expect(await page.locator('.chart__marks').textContent()).toContain(
      `Ceasefire (Moscow), ${formatDay('2020-10-10', { day: 'numeric', month: 'short' })}`,
    );
    await page.close();
  });

  it('Tab from the top reaches the casualty pane within 40 presses, past skip links and one stop for the event list', async () => {
    const page = await open();
    // The map starts on the first input (src/ui/firstInput.ts); it is drawn before the count starts.
    await mapDrawn(page);
    await page.keyboard.press('Tab');
    const firstStop = await page.evaluate(
      () =>
        `${document.activeElement?.tagName} ${document.activeElement?.className} ${document.activeElement?.textContent?.slice(0, 20)}`,
    );
    expect(firstStop).toBe('A skip-link Skip to map');
    let presses = 1;
    const inCasualties = () =>
      page.evaluate(() => !!document.activeElement?.closest('section[aria-label="Casualties"]'));
    const stops: string[] = [];
    while (!(await inCasualties()) && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
      // In the charts, each stop's role and accessible name, as a screen reader gets them.
      if (await page.evaluate(() => !!document.activeElement?.closest('figure.chart')))
        stops.push(await page.locator(':focus').ariaSnapshot());
    }
    expect(await inCasualties(), stops.join('\n')).toBe(true);
    // No unnamed or inert stops in the charts: "Cite this", a button to show the table, and the day.
    expect(stops.length, stops.join('\n')).toBe(3);
    for (const s of stops) expect(s, stops.join('\n')).toMatch(/^- '?button "[^"]+"/);
    expect(presses).toBeLessThanOrEqual(40);
    // In the list, arrow keys move between events.
    const first = timeline(page).getByRole('article').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'));
    expect(second).not.toBe(await first.getAttribute('aria-labelledby'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
    // The skip links go straight to each pane.
    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Skip to casualties' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Casualties');
    await page.close();
  });

  it('after a run of one-day key steps every view shows the range of the URL', async () => {
    const page = await open('/?from=2020-09-27&to=2020-10-01');
    await mapDrawn(page);
    const end = timeline(page).getByRole('slider', { name: /End date/ });
    await end.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'to')).toBe('2020-10-13');
    await expect
      .poll(async () => (await viewsSay(page)).timeline)
      .toContain(`${label('2020-09-27')} – ${label('2020-10-13')}`);
    const says = await viewsSay(page);
    expect(says.map).toContain(`${label('2020-09-27')} – ${label('2020-10-13')}`);
    expect(says.casualties).toContain(`As known on: ${label('2020-10-13')}`);
    expect(await end.getAttribute('aria-valuetext')).toBe('Tuesday, October 13, 2020');
    await page.close();
  });

  it('the filter panel opens over the list, leaving part of it in view, and stays open on Clear filters', async () => {
    const page = await open('/?types=ceasefire');
    const pane = timeline(page);
    const clear = pane.getByRole('button', { name: 'Clear filters' });
    await clear.waitFor();
    const list = pane.getByRole('list', { name: 'Events' });
    const visible = await page.evaluate(() => {
      const l = document.querySelector('.event-list')!.getBoundingClientRect();
      const panel = document.querySelector('.filters__body')!.getBoundingClientRect();
      return Math.min(l.bottom, window.innerHeight) - Math.max(l.top, panel.bottom);
    });
    expect(visible).toBeGreaterThan(100);
    await screenshot(page, 'timeline-filters-open');
    await clear.click();
    await expect.poll(() => search(page)).toBe('');
    expect(await pane.getByRole('group', { name: 'Type' }).isVisible()).toBe(true);
    expect(await list.getByRole('article').count()).toBeGreaterThan(0);
    await page.close();
  });
});
