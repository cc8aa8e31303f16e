import { chromium } from 'playwright-core';
import { serveStatic } from './scripts/serve';
const served = await serveStatic(process.argv[2] ?? 'dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
await page.goto(`${served.url}/?from=2020-09-27&to=2020-10-01`);
await page.getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor({ timeout: 60000 });
await page.locator('.recharts-surface').first().waitFor();
await page.mouse.move(3, 3); await page.mouse.move(4, 4);
await page.locator('.leaflet-container:not(.map--drawing) path').first().waitFor({ timeout: 60000 });
await page.waitForTimeout(800);
await page.locator('.date-slider input').nth(1).focus();
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const N = 20;
for (let i = 0; i < N; i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(300); }
const evs = (JSON.parse((await browser.stopTracing()).toString()).traceEvents) as any[];
const main = evs.filter((e) => e.ph === 'X' && e.name === 'RunTask');
// main thread: the thread with the most EventDispatch
const tid = evs.find((e) => e.name === 'EventDispatch')?.tid;
const tasks = main.filter((e) => e.tid === tid).sort((a, b) => a.ts - b.ts);
const keys = evs.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && e.tid === tid).sort((a, b) => a.ts - b.ts);
const kinds = ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Commit', 'Layerize', 'UpdateLayer', 'EventDispatch', 'MinorGC', 'MajorGC'];
for (const k of keys.slice(2, 8)) {
  const after = tasks.filter((t) => t.ts >= k.ts - 1000 && t.ts < k.ts + 150000 && t.dur > 500);
  console.log(`press @${(k.ts / 1000).toFixed(0)}: ` + after.map((t) => {
    const inner = evs.filter((e) => e.tid === tid && e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && kinds.includes(e.name));
    const by = new Map<string, number>(); for (const e of inner) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
    return `\n   +${((t.ts - k.ts) / 1000).toFixed(1)}ms ${(t.dur / 1000).toFixed(1)}ms [${[...by].filter(([, v]) => v > 0.5).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}]`;
  }).join(''));
}
await browser.close(); await served.close();
