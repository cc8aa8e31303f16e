/** After a first visit, the app and its data open with the network off (service worker). */
import { describe, expect, it } from 'vitest';
import { mapDrawn, startBrowserAndApp } from './browser';

const env = startBrowserAndApp();

describe('offline', () => {
  it('reloads with the network off and still shows every pane with data', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.app.url);
    // The first visit installs the worker and precaches; a page loaded after that is controlled.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await mapDrawn(page);
    await page.getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
    await page.getByRole('region', { name: 'Casualties', exact: true }).getByRole('figure').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
