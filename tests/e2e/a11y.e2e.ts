/** Accessibility: axe-core finds no serious or critical violation in the states a reader meets most. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapDrawn, startBrowserAndApp } from './browser';

const env = startBrowserAndApp();

async function ready(path: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.app.url + path);
  await mapDrawn(page);
  await page.getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor();
  await page.getByRole('region', { name: 'Casualties', exact: true }).getByRole('figure').first().waitFor();
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // AxeBuilder is typed against the full playwright package; playwright-core's Page is the same object.
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

/** axe-core takes 40–50 s a page on the shared 2-core machine; a minute was too tight for the whole visit. */
const AXE_TIMEOUT_MS = 180_000;

describe('axe-core', () => {
  it(
    'the main view',
    async () => {
      const page = await ready('/');
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    },
    AXE_TIMEOUT_MS,
  );

  it(
    'with a district selected',
    async () => {
      const page = await ready('/?region=az-lac');
      await page.getByRole('region', { name: 'Lachin' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    },
    AXE_TIMEOUT_MS,
  );

  // Axe reads every cell of four tables (hundreds of rows): most of a minute on a loaded 2-core machine.
  it(
    'with the casualty tables open',
    async () => {
      const page = await ready('/?tables=revisions,claims,daily');
      await page
        .getByRole('region', { name: 'Casualties', exact: true })
        .getByRole('table')
        .first()
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    },
    Math.max(AXE_TIMEOUT_MS, 150_000),
  );
});
