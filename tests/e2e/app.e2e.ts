/** The foundation's journey: three panes with data, no console errors, phone and desktop sizes, and a broken data file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Served } from '../../scripts/serve';
import { copyOfDist, mapDrawn, screenshot, startBrowserAndApp, watch } from './browser';

const env = startBrowserAndApp();

describe('the dashboard in Chromium', () => {
  it('shows the three panes with data, and logs no error', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = watch(page, env.app.url);
    await page.goto(env.app.url);
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    const casualties = page.getByRole('region', { name: 'Casualties', exact: true });
    await mapDrawn(page);
    await timeline.getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    await casualties.getByRole('figure').first().waitFor();
    await casualties.getByRole('figure').first().getByRole('button', { name: 'Show table' }).click();
    // The default subject: the Armenian side's military dead (Armenia's health ministry, 29 May 2021).
    await expect(
      casualties
        .getByRole('cell', { name: /(^|: )3,753$/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'desktop-1440');
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    await page.close();
  });

  it('fits a 375 px phone without horizontal scrolling', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    await page.goto(env.app.url);
    await mapDrawn(page);
    await page.getByRole('region', { name: 'Casualties', exact: true }).getByRole('figure').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-375');
    await page.close();
  });
});

describe('a broken data file', () => {
  let broken: Served;
  let dir: string;
  beforeAll(async () => {
    dir = copyOfDist();
    broken = await serveStatic(dir);
  });
  afterAll(async () => broken?.close());

  it('names the file when it is not JSON, and the other panes keep working', async () => {
    writeFileSync(join(dir, 'data', 'events.json'), '{"this is": not json');
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(broken.url);
    const alert = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('events.json');
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    await page.getByRole('region', { name: 'Casualties', exact: true }).getByRole('figure').first().waitFor();
    await screenshot(page, 'broken-events-json');
    await page.close();
  });

  it('names the record and the field of a wrong value, and sets only that record aside', async () => {
    const events = JSON.parse(readFileSync(join('dist', 'data', 'events.json'), 'utf8')) as {
      id: string;
      date: string;
    }[];
    events[3] = { ...events[3], date: '2020-13-45' };
    writeFileSync(join(dir, 'data', 'events.json'), JSON.stringify(events));
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(broken.url);
    const named = page
      .locator('.data-problems')
      .filter({ hasText: `events.json: record "${events[3].id}" (#4), field "date"` });
    await named.waitFor({ state: 'attached' });
    await mapDrawn(page);
    expect(await page.getByRole('region', { name: 'Map', exact: true }).getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
