/**
 * The casualty view, built to compare claims (issue 17), at a phone's, a tablet's and a desktop's width:
 * the Compare control, direct labels that never overprint, the two time panels and the cut-off,
 * "Only this" and "Show all", the claims panels' dates, claims against own counts, exports that
 * keep their context, the table, and "How to read this". Screenshots go to SHOTS.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBrowserAndApp } from './browser';

const env = startBrowserAndApp();
const SHOTS = process.env.SHOTS_DIR ?? 'tests/e2e/artifacts/casualties';
const VOICE_COLOURS = ['#1d4ed8', '#b91c1c', '#4b5563'];

async function open(path: string, width: number): Promise<{ page: Page; pane: Locator; chart: Locator }> {
  const page = await env.browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  await page.goto(env.app.url + path);
  await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('inert'));
  const pane = page.getByRole('region', { name: 'Casualties', exact: true });
  const chart = pane.getByRole('figure').first();
  await chart.locator('.revisions-chart').scrollIntoViewIfNeeded();
  await chart.locator('svg.revisions-svg, .revisions-chart .empty').first().waitFor();
  return { page, pane, chart };
}

const param = (page: Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), key);

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair of boxes apart, and every box inside `within`. */
function expectApart(boxes: Box[], within: Box) {
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    expect(b.x).toBeGreaterThanOrEqual(within.x - 0.5);
    expect(b.x + b.width).toBeLessThanOrEqual(within.x + within.width + 0.5);
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlap(b, boxes[j]), `labels ${i} and ${j} overprint`).toBe(false);
  }
}

const textBoxes = (chart: Locator, selector: string) =>
  chart.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));

mkdirSync(SHOTS, { recursive: true });

describe.each([375, 768, 1440])('the casualty view at %i px', (width) => {
  it('asks what to compare, keeps it in the URL, and draws at most eight lines, each labelled at its end in the colour of who speaks, with no label overprinted', async () => {
    const { page, pane, chart } = await open('/', width);
    const compare = pane.getByRole('combobox', { name: 'Compare' });
    const options = await compare.locator('option').allTextContents();
    expect(options).toContain('The Armenian side’s military dead');
    expect(options).toContain('Azerbaijan’s military dead');
    expect(options.some((o) => /civilian dead/.test(o))).toBe(true);
    expect(options.some((o) => /equipment/.test(o))).toBe(true);
    const lines = await chart.locator('.series-line').count();
    expect(lines).toBeGreaterThan(1);
    expect(lines).toBeLessThanOrEqual(8);
    const labels = await textBoxes(chart, '.revisions-svg__label text');
    expect(labels.length).toBe(lines);
    const svg = (await chart.locator('svg.revisions-svg').boundingBox())!;
    expectApart(labels, { ...svg, x: 0, width: width });
    for (const c of await chart
      .locator('.revisions-svg__label text')
      .evaluateAll((els) => els.map((e) => e.getAttribute('fill'))))
      expect(VOICE_COLOURS).toContain(c);
    // The 45 days and the years after, side by side, and the cut-off named.
    await expect(chart.getByText('The 45 days').isVisible()).resolves.toBe(true);
    await expect(chart.getByText('After, to 2022').isVisible()).resolves.toBe(true);
    await expect(chart.locator('.revisions-svg__cutoff').textContent()).resolves.toMatch(
      /^(As known on|Drawn to) /,
    );
    expectApart(await textBoxes(chart, 'svg.revisions-svg > g > text'), { ...svg, x: 0, width });
    await expect(
      pane
        .getByText(/^How to read this:/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await chart.screenshot({ path: `${SHOTS}/chart-armenian-military-dead-${width}.png` });

    await compare.selectOption({ label: 'Azerbaijan’s military dead' });
    expect(await param(page, 'subject')).toBe('azerbaijani-military-dead');
    await expect(
      chart.getByRole('img', { name: /^Azerbaijan’s military dead/ }).waitFor(),
    ).resolves.toBeUndefined();
    expectApart(await textBoxes(chart, '.revisions-svg__label text'), { ...svg, x: 0, width });
    await chart.screenshot({ path: `${SHOTS}/chart-azerbaijani-military-dead-${width}.png` });
    await compare.selectOption({ label: 'The Armenian side’s equipment claimed destroyed' });
    await chart.getByRole('img', { name: /equipment/ }).waitFor();
    expectApart(await textBoxes(chart, '.revisions-svg__label text'), { ...svg, x: 0, width });
    await chart.screenshot({ path: `${SHOTS}/chart-equipment-${width}.png` });
    await page.close();
  });

  it('veils what came after an earlier end date and names it', async () => {
    const { page, chart } = await open('/?to=2020-10-15', width);
    await expect(chart.locator('.revisions-svg__cutoff').textContent()).resolves.toMatch(
      /^As known on Oct 15, 2020$/,
    );
    expect(await chart.locator('.revisions-svg__veil').count()).toBeGreaterThan(0);
    await chart.screenshot({ path: `${SHOTS}/chart-15-oct-${width}.png` });
    await page.close();
  });

  it('"Only this" keeps one line and "Show all" brings every one back, by keyboard', async () => {
    const { page, pane, chart } = await open('/', width);
    const chooser = pane.getByRole('group', { name: /Lines drawn/ });
    const total = await chooser.getByRole('checkbox').count();
    await chooser.getByRole('button', { name: 'Only this' }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chart.locator('.series-line').count()).toBe(1);
    expect(await param(page, 'series')).toBeTruthy();
    await chooser.getByRole('button', { name: 'Show all' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => chart.locator('.series-line').count()).toBe(total);
    await chooser.screenshot({ path: `${SHOTS}/chooser-${width}.png` });
    await page.close();
  });

  it('heads the claims panels with their dates, names who speaks, and cuts nothing', async () => {
    const { page, pane } = await open('/?to=2020-11-01', width);
    const claims = pane.getByRole('figure').nth(1);
    await claims.scrollIntoViewIfNeeded();
    await claims.getByRole('region', { name: 'As known on Nov 1, 2020' }).waitFor();
    await claims.getByRole('region', { name: 'As known at the end of the war (Nov 10, 2020)' }).waitFor();
    const text = (await claims.textContent()) ?? '';
    expect(text).toContain('own officials');
    expect(text).not.toContain('…');
    // Nothing runs past its row or the screen: every part fits its box.
    const cut = await claims
      .locator('.compared-row > span')
      .evaluateAll(
        (els) =>
          els.filter(
            (e) =>
              e.scrollWidth > e.clientWidth + 1 ||
              e.getBoundingClientRect().right > document.documentElement.clientWidth,
          ).length,
      );
    expect(cut).toBe(0);
    await claims.screenshot({ path: `${SHOTS}/claims-compared-${width}.png` });
    await page.close();
    // Every side's own count came after the war: the ratios need the latest record (the default view).
    const latest = await open('/', width);
    const against = latest.pane.getByRole('region', { name: 'Claims against own counts' });
    await against.scrollIntoViewIfNeeded();
    expect((await against.textContent()) ?? '').toMatch(/\d(\.\d)?×/);
    expect(await against.getByRole('article').count()).toBe(2);
    await against.screenshot({ path: `${SHOTS}/claims-against-own-${width}.png` });
    await latest.page.close();
  });

  it('exports keep their context: CSV named and dated, PNG, and every figure at once', async () => {
    const { page, pane, chart } = await open('/?to=2020-10-15&subject=azerbaijani-military-dead', width);
    let download = page.waitForEvent('download');
    await chart.getByRole('button', { name: 'Download CSV' }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toBe(
      'karabakh-2020-azerbaijani-military-dead-as-known-on-2020-10-15.csv',
    );
    const rows = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(rows[0].startsWith('as_known_on,subject,')).toBe(true);
    expect(rows.slice(1).every((r) => r.startsWith('2020-10-15,azerbaijani-military-dead,'))).toBe(true);
    download = page.waitForEvent('download');
    await chart.getByRole('button', { name: 'Download PNG' }).click();
    const png = await download;
    expect(png.suggestedFilename()).toMatch(/as-known-on-2020-10-15\.png$/);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    download = page.waitForEvent('download');
    await pane.getByRole('button', { name: 'Download all figures' }).click();
    const all = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split('\r\n');
    const shipped = JSON.parse(readFileSync('dist/data/casualties.json', 'utf8')) as unknown[];
    expect(all.length - 1).toBe(shipped.length);
    await page.close();
  });

  it('shows the subject’s table, sortable by date and by series, readable without a scroll box', async () => {
    const { page, chart } = await open('/?subject=azerbaijani-military-dead', width);
    await chart.getByRole('button', { name: 'Show table' }).click();
    const table = chart.getByRole('table', { name: /^Azerbaijan’s military dead/ });
    await table.waitFor();
    const dates = await table
      .locator('tbody td[data-date]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-date') ?? ''));
    expect(dates).toEqual([...dates].sort());
    await chart.getByRole('group', { name: 'Sort' }).getByRole('button', { name: 'Series' }).click();
    await expect(table.getByRole('columnheader', { name: 'Series' }).getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );
    const box = (await table.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
    await chart.screenshot({ path: `${SHOTS}/table-${width}.png` });
    await page.close();
  });
});
