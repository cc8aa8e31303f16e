/** Keyboard only: every step of a reader's visit without a mouse, with a visible focus ring. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, startBrowserAndApp } from './browser';

const env = startBrowserAndApp();

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
    if (hit) return;
  }
  throw new Error('focus never reached the element');
}

const search = (page: Page) => page.evaluate(() => location.search);

describe('keyboard only', () => {
  it('selects a district, narrows the range, opens a table and the About panel', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(env.app.url);
    await page.getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    // The map is a picture until the first input; a key is input enough to start it.
    await page.locator('.static-map').waitFor();
    await page.keyboard.press('Tab');
    await page.locator('.leaflet-container:not(.map--drawing) path').first().waitFor();

    // The district list is one tab stop; arrow keys move inside it.
    await tabTo(page, (el) => el.tagName === 'BUTTON' && !!el.closest('.district-list'));
    for (
      let i = 0;
      i < 12 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Lachin (Berdzor)';
      i++
    )
      await page.keyboard.press('ArrowRight');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await search(page)).toBe('?region=az-lac');
    await page.getByRole('region', { name: 'Lachin' }).waitFor();

    await tabTo(
      page,
      (el) =>
        el.getAttribute('type') === 'range' &&
        !!el.closest('.date-slider')?.textContent?.startsWith('End date'),
    );
    await page.keyboard.press('PageDown');
    await expect.poll(() => search(page)).toBe('?to=2020-11-03&region=az-lac');

    await tabTo(
      page,
      (el) =>
        el.tagName === 'BUTTON' &&
        el.textContent === 'Show table' &&
        !!el.closest('[aria-label="Casualties"]'),
    );
    await page.keyboard.press('Enter');
    expect(await search(page)).toContain('tables=revisions');
    await page.getByRole('region', { name: 'Casualties', exact: true }).getByRole('table').first().waitFor();
    await screenshot(page, 'keyboard-journey');

    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'About the data' }).focus();
    await page.keyboard.press('Enter');
    const about = page.getByRole('dialog', { name: 'About this dashboard' });
    await about.waitFor();
    expect(await about.textContent()).toContain('Natural Earth');
    await page.keyboard.press('Escape');
    expect(await about.isVisible()).toBe(false);
    await page.close();
  });
});
