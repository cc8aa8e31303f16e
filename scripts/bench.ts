/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1, drives Debian's Chromium with
 * playwright-core and prints a JSON report — bytes, paint timings over cold loads, the time a
 * one-day change of the timeline's end date takes to reach every view (with the real events and
 * with them multiplied 10× and 100×), a key press on "End date" to the next paint (1× and 100×),
 * each the median of three batches' p95, the JS heap, and Lighthouse's mobile scores (median of 3).
 * It appends the figures to docs/bench.md
 * and exits non-zero when a budget is broken. `--no-build` reuses dist/.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { WarEvent } from '../src/data/schemas';
import { multiplyEvents } from './bench/syntheticEvents';
import { BUDGET, brokenBudgets, missedAims } from './bench/budgets';
import {
  heapMb,
  longestKeyTimingSince,
  paintTimings,
  recordKeyTimings,
  stepEndDate,
  switchSubject,
} from './bench/inPage';
import { runLighthouse } from './bench/lighthouse';
import { measureSizes } from './bench/sizes';
import { serveStatic } from './serve';

const COLD_LOADS = 5;
const STEPS = 50;
const SWITCHES = 20;
/**
 * Key presses on "End date" from 1 Oct: 40 to the right reach the war's last day, 40 to the left
 * come back. Eighty, since Event Timing counts in steps of 8 ms and one slow frame in 40 presses
 * was enough to move the 95th percentile a whole step.
 */
const KEY_STEPS = 80;
/**
 * Three batches of steps and of key presses, each on a freshly opened page; a figure is the
 * median of the batches' 95th percentiles, as Lighthouse's score is the median of three runs. On
 * this two-core machine a burst of load from outside the page would otherwise decide the run
 * alone: 46 slow presses in one run of 160, then 9 and 6 in the next two, same build; step p95s
 * of 52 to 56 ms for twenty minutes, then 28 to 39 again, same build. Every batch is reported.
 */
const BATCHES = 3;
/**
 * How long the harness leaves the page alone after a press: every view has settled by then (the
 * step's p95 is under 150 ms at 100× events), and the check that follows waits further if not.
 */
const KEY_SETTLE_MS = 250;
/**
 * How long a key is held. Playwright's `press` lets go some 2 ms after pressing, which no finger
 * does; that release then landed while the panes were taking the step and, having nothing of its
 * own to paint, waited for their frame: over 24 ms (32 to 56) in 3 to 12 presses of 80 per batch
 * (same build; 0 to 2 with this hold). 50 ms is a brisk tap; a slower one only lets the panes settle further.
 */
const KEY_HOLD_MS = 50;
/** Below its 16 ms threshold Event Timing reports nothing: such a press counts as 16 ms (at most). */
const EVENT_TIMING_FLOOR_MS = 16;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const round = (x: number) => Math.round(x * 10) / 10;

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-precise-memory-info',
    ],
  });
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper; the
 * functions handed to page.evaluate need that helper in the page too.
 */
const KEEP_NAMES_SHIM = { content: 'globalThis.__name = (f) => f;' };

async function coldLoads(browser: Browser, url: string) {
  const fcp: number[] = [];
  const lcp: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.goto(url);
    // A reader who only looks: the app has taken over, and the map is its static picture.
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('inert'));
    await page.locator('.static-map img').first().waitFor();
    await page.waitForTimeout(500);
    const t = await page.evaluate(paintTimings);
    fcp.push(t.fcp);
    lcp.push(t.lcp);
    await context.close();
  }
  return { fcpMs: round(median(fcp)), lcpMs: round(median(lcp)) };
}

async function interaction(browser: Browser, url: string, events?: WarEvent[]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES_SHIM);
  if (events) {
    const body = JSON.stringify(events);
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  const steps: number[][] = [];
  const keys: number[][] = [];
  let heapAfterLoadMb = NaN;
  let heapAfterStepsMb = NaN;
  for (let b = 0; b < BATCHES; b++) {
    await openEngaged(page, url);
    // The heap is the first page's: later batches would only repeat it.
    if (b === 0) heapAfterLoadMb = await page.evaluate(heapMb);
    steps.push(await page.evaluate(stepEndDate, STEPS));
    if (b === 0) heapAfterStepsMb = await page.evaluate(heapMb);
    // The steps moved the end date: the presses start again from 1 Oct on a fresh page.
    await openEngaged(page, url);
    keys.push(await keyPresses(page));
  }
  await context.close();
  const stepBatchP95s = steps.map((batch) => round(percentile(batch, 95)));
  const keyBatchP95s = keys.map((batch) => percentile(batch, 95));
  return {
    events: events?.length,
    medianMs: round(median(steps.flat())),
    p95Ms: median(stepBatchP95s),
    stepBatchP95Ms: stepBatchP95s,
    keyMedianMs: round(median(keys.flat())),
    keyP95Ms: median(keyBatchP95s),
    keyBatchP95Ms: keyBatchP95s,
    heapAfterLoadMb,
    heapAfterStepsMb,
  };
}

/**
 * Opens 27 Sep – 1 Oct with every view drawn as a reader who has used the page sees it: the map is
 * Leaflet's, which the first input starts (src/ui/firstInput.ts). The steps and the key presses
 * are both timed from there, so neither counts Leaflet's start.
 */
async function openEngaged(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/?from=2020-09-27&to=2020-10-01`);
  await page.getByRole('list', { name: 'Events' }).getByRole('article').first().waitFor({ timeout: 60_000 });
  await page.locator('.recharts-surface').first().waitFor();
  await page.mouse.move(3, 3);
  await page.mouse.move(4, 4);
  await page.locator('.leaflet-container:not(.map--drawing) path').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
}

/**
 * Presses the arrows on the "End date" slider, one day at a time, and takes each press's
 * Event Timing duration (key down to the next paint). Nothing of the harness runs in the page
 * while a press is on its way to the screen: it waits, then checks that the timeline's heading
 * names the new range, so each press starts from a settled page. Polling the page every frame
 * instead (Playwright's `polling: 'raf'`) made the harness itself a frame producer and a CDP
 * client competing for this machine's two cores in the very frames it timed (7 or 8 presses in
 * 160 over 24 ms with it, 0 to 6 without, same build). The waits differ by a fraction of a
 * frame from press to press, so the presses fall across a frame's phases as a reader's do (with
 * a fixed 300 ms, eighteen frames, every press met the frame clock at the same point).
 */
async function keyPresses(page: Page): Promise<number[]> {
  await page.evaluate(recordKeyTimings);
  const end = page.locator('.date-slider input').nth(1);
  await end.focus();
  await page.waitForTimeout(300);
  const heading = () => document.querySelector('.pane--timeline .pane__range')?.textContent ?? '';
  const out: number[] = [];
  for (let i = 0; i < KEY_STEPS; i++) {
    const before = await page.evaluate(heading);
    const since = await page.evaluate(() => performance.now());
    const key = i < KEY_STEPS / 2 ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.down(key);
    await page.waitForTimeout(KEY_HOLD_MS);
    await page.keyboard.up(key);
    await page.waitForTimeout(KEY_SETTLE_MS + framePhase(i));
    await page.waitForFunction(
      (b) => document.querySelector('.pane--timeline .pane__range')?.textContent !== b,
      before,
      { polling: KEY_SETTLE_MS },
    );
    out.push((await page.evaluate(longestKeyTimingSince, since)) ?? EVENT_TIMING_FLOOR_MS);
  }
  return out;
}

/**
 * A fraction of a 60 Hz frame for the i-th press, spread evenly over [0, 16.7) ms by the golden
 * ratio's sequence: deterministic, yet no two presses meet the frame clock at the same point.
 */
const framePhase = (i: number) => ((i * 0.618034) % 1) * (1000 / 60);

/** The casualty view's subject switch ("Compare"), with the chart drawn and on screen. */
async function subjectSwitch(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.goto(`${url}/`);
  await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('inert'));
  const chart = page.locator('.pane--casualties .revisions-chart');
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('svg.revisions-svg').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const times = await page.evaluate(switchSubject, SWITCHES);
  await context.close();
  return { medianMs: round(median(times)), p95Ms: round(percentile(times, 95)) };
}

/**
 * `--steps-only`: the end-date steps and key presses alone (1× and 100× events), printed and not
 * recorded — a quick look while working on speed; the full bench is what the budgets judge.
 */
async function stepsOnly(): Promise<never> {
  const served = await serveStatic('dist');
  const browser = await launch();
  const realEvents = JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as WarEvent[];
  const x1 = await interaction(browser, served.url);
  const x100 = await interaction(browser, served.url, multiplyEvents(realEvents, 100));
  console.log(JSON.stringify({ x1, x100 }, null, 2));
  await browser.close();
  await served.close();
  process.exit(0);
}

if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });
if (process.argv.includes('--steps-only')) await stepsOnly();
const bytes = measureSizes('dist');
const served = await serveStatic('dist');
const browser = await launch();
async function measure() {
  try {
    const realEvents = JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as WarEvent[];
    const load = await coldLoads(browser, served.url);
    const x1 = await interaction(browser, served.url);
    const x10 = await interaction(browser, served.url, multiplyEvents(realEvents, 10));
    const x100 = await interaction(browser, served.url, multiplyEvents(realEvents, 100));
    const subject = await subjectSwitch(browser, served.url);
    // With the interaction's browser closed: Lighthouse times a cold load on an idle machine.
    await browser.close();
    const lighthouse = await runLighthouse(`${served.url}/`, 3);
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    return {
      lighthouse,
      date: new Date().toISOString().slice(0, 10),
      machine,
      bytes,
      load,
      interaction: { x1: { ...x1, events: realEvents.length }, x10, x100, subjectSwitch: subject },
    };
  } finally {
    if (browser.isConnected()) await browser.close();
    await served.close();
  }
}
const report = await measure();

const broken = brokenBudgets(report);
const aims = missedAims(report);

console.log(JSON.stringify({ ...report, budgets: BUDGET, broken, missedAims: aims }, null, 2));
const r = report;
appendFileSync(
  'docs/bench.md',
  `| ${r.date} | ${r.machine} | ${r.bytes.initialJsKb} | ${r.bytes.allJsKb} | ${r.bytes.cssKb} | ${r.bytes.dataKb} | ${r.load.fcpMs} | ${r.load.lcpMs} | ${r.interaction.x1.medianMs} / ${r.interaction.x1.p95Ms} (${r.interaction.x1.stepBatchP95Ms.join(', ')}) | ${r.interaction.x10.p95Ms} (${r.interaction.x10.stepBatchP95Ms.join(', ')}) | ${r.interaction.x100.p95Ms} (${r.interaction.x100.stepBatchP95Ms.join(', ')}) | ${r.interaction.x1.keyMedianMs} / ${r.interaction.x1.keyP95Ms} (${r.interaction.x1.keyBatchP95Ms.join(', ')}) | ${r.interaction.x100.keyP95Ms} (${r.interaction.x100.keyBatchP95Ms.join(', ')}) | ${r.interaction.x1.heapAfterLoadMb} → ${r.interaction.x1.heapAfterStepsMb} | ${r.lighthouse.performance} (runs ${r.lighthouse.performanceRuns.join(', ')}) / ${r.lighthouse.accessibility} / ${r.lighthouse.bestPractices} | ${broken.length ? broken.join('; ') : 'all met'}${aims.length ? `; ${aims.join('; ')}` : ''} | ${r.interaction.subjectSwitch.medianMs} / ${r.interaction.subjectSwitch.p95Ms} |\n`,
);
if (broken.length) {
  console.error(`Budgets broken: ${broken.join('; ')}`);
  process.exit(1);
}
