/**
 * Measurements taken inside the page with performance marks. Each function is passed to
 * page.evaluate, so it must not use anything from its module scope.
 */

/** First contentful paint and the latest largest-contentful-paint candidate, in ms. */
export async function paintTimings(): Promise<{ fcp: number; lcp: number }> {
  const lcp = await new Promise<number>((resolve) => {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve(entries[entries.length - 1].startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  return { fcp, lcp };
}

/**
 * Moves the timeline's end date one day at a time, `steps` times, and times each change from
 * the input to the frame after the map, the list and the charts have all re-rendered
 * (performance.measure between two marks). Returns the durations in ms.
 */
export async function stepEndDate(steps: number): Promise<number[]> {
  const end = [...document.querySelectorAll<HTMLInputElement>('.date-slider input')][1];
  if (!end) throw new Error('the End date slider is not on the page');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const afterNextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    // The timeline's heading names the range: it changes in the same frame as every view.
    const heading = () => document.querySelector('.pane--timeline .pane__range')?.textContent;
    const before = heading();
    const next = Number(end.value) + 1 > Number(end.max) ? 0 : Number(end.value) + 1;
    performance.mark('step-start');
    setValue.call(end, String(next));
    end.dispatchEvent(new Event('input', { bubbles: true }));
    // Views may draw a frame or more after the input (deferred rendering): wait until they have.
    await afterNextFrame();
    for (let f = 0; f < 120 && heading() === before; f++) await afterNextFrame();
    performance.mark('step-end');
    const m = performance.measure('step', 'step-start', 'step-end');
    if (heading() === before) throw new Error('the end date did not change on the page');
    out.push(m.duration);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}

export function heapMb(): number {
  const mem = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return mem ? Math.round((mem.usedJSHeapSize / 1048576) * 10) / 10 : NaN;
}

/**
 * Switches the casualty view's "Compare" subject `times` times, cycling through its options, and
 * times each from the change (the reader's pick) to the frame after the chart re-rendered
 * (performance.measure between two marks, as for the end date). Returns the durations in ms.
 */
export async function switchSubject(times: number): Promise<number[]> {
  const select = document.querySelector<HTMLSelectElement>('.pane--casualties .casualty-controls select');
  if (!select) throw new Error('the Compare control is not on the page');
  const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
  const afterNextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const chartName = () =>
    document
      .querySelector('.pane--casualties svg.revisions-svg, .pane--casualties .revisions-chart .empty')
      ?.getAttribute('aria-label') ??
    document.querySelector('.pane--casualties .revisions-chart')?.textContent;
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const before = chartName();
    const next = select.options[(select.selectedIndex + 1) % select.options.length].value;
    performance.mark('subject-start');
    setValue.call(select, next);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await afterNextFrame();
    performance.mark('subject-end');
    const m = performance.measure('subject', 'subject-start', 'subject-end');
    if (chartName() === before) throw new Error('the chart did not change with the subject');
    out.push(m.duration);
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}

type KeyTimingWindow = Window & { __keyTimings?: { start: number; duration: number }[] };

/**
 * Starts recording the Event Timing entries of key presses and of the input events they cause:
 * the time from the key press to the next paint after its handlers ran, as a reader feels it.
 * Chromium reports only entries of 16 ms and more (the lowest threshold it allows).
 */
export function recordKeyTimings(): void {
  const w = window as KeyTimingWindow;
  w.__keyTimings = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'keydown' || e.name === 'keyup' || e.name === 'input')
        w.__keyTimings!.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
}

/** The longest Event Timing entry that started at or after `since` (ms), or undefined. */
export function longestKeyTimingSince(since: number): number | undefined {
  const entries = ((window as KeyTimingWindow).__keyTimings ?? []).filter((e) => e.start >= since);
  return entries.length ? Math.max(...entries.map((e) => e.duration)) : undefined;
}
