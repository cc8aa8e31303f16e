/**
 * The prerendered default view: painted before any script runs, taken over by the app without a
 * console error or a layout shift, and never shown for a link that asks for another view.
 */
import { describe, expect, it } from 'vitest';
import { mapDrawn, startBrowserAndApp, watch } from './browser';

const env = startBrowserAndApp();

describe('the prerendered page', () => {
  it('shows the default view with the record before any script has run', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1440, height: 900 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(env.app.url);
    await expect(page.locator('#root').getAttribute('inert')).resolves.toBe('');
    await expect(page.locator('.pane--timeline .pane__range').textContent()).resolves.toMatch(
      /Sep 27, 2020 – Nov 10, 2020: \d+ events/,
    );
    await expect(page.locator('.event__summary').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('.pane--casualties').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('is taken over by the app: no error, no layout shift, and it responds', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const seen = watch(page, env.app.url);
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!e.hadRecentInput) w.shifts += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(env.app.url);
    await mapDrawn(page);
    await expect.poll(() => page.locator('#root').getAttribute('inert')).toBeNull();
    await page.waitForTimeout(1000); // the charts draw in the frames kept for them
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
    await page.getByRole('list', { name: 'Districts' }).getByRole('button', { name: 'Lachin' }).click();
    await page.getByRole('region', { name: 'Lachin' }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe('az-lac');
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('hides the default view before the first paint when the link asks for another, keeping the frame', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.route('**/assets/*.js', (route) => route.abort()); // the app never starts
    await page.goto(`${env.app.url}/?from=2020-10-08&to=2020-10-10`);
    await expect(page.locator('.pane--timeline > :not(.pane__head)').first().isVisible()).resolves.toBe(
      false,
    );
    // The frame and a loading state show at once: never a blank page.
    await expect(page.getByRole('heading', { name: 'Karabakh 2020' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.pane--timeline h2').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
