/**
 * `tsx scripts/screenshot.ts [path] [width] [out] [height]`: a screenshot of the built app in
 * Debian's Chromium, printing console errors and warnings. Used for the README's picture
 * (docs/screenshot.png) and for looking at a view while working on it. FULL=1 for the full page.
 */
import { chromium } from 'playwright-core';
import { serveStatic } from './serve';

const [path = '/', width = '1440', out = 'docs/screenshot.png', height = '900'] = process.argv.slice(2);
const served = await serveStatic('dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      console.log(`console ${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) console.log(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => console.log(`page error: ${String(e).slice(0, 300)}`));
  await page.goto(served.url + path);
  await page
    .locator('.leaflet-container path')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => console.log('no map shapes drawn'));
  await page
    .locator('.recharts-surface')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  await page.waitForTimeout(Number(process.env.WAIT ?? 800));
  await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await served.close();
}
