import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPaneOnScreen, watchPanesOnScreen } from '../../src/app/hydration';
import { PANES } from '../../src/ui/panes';
import { FakeObserver, placeAt } from '../fakeObserver';

function panes(): { map: HTMLElement; timeline: HTMLElement } {
  document.body.innerHTML = '<section id="map"></section><section id="timeline"></section>';
  const [map, timeline] = [document.getElementById('map')!, document.getElementById('timeline')!];
  placeAt(map, 0);
  placeAt(timeline, window.innerHeight + 100);
  return { map, timeline };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.all = [];
  document.body.innerHTML = '';
});

describe('whether a prerendered pane is on screen', () => {
  it('is told by the element with the pane’s id', () => {
    panes();
    expect(isPaneOnScreen(PANES.map)).toBe(true);
    expect(isPaneOnScreen(PANES.timeline)).toBe(false);
  });

  it('counts a pane that is not in the page as on screen, so nothing waits for it', () => {
    panes();
    expect(isPaneOnScreen(PANES.casualties)).toBe(true);
  });
});

describe('the hydration waits', () => {
  it('let a pane on screen hydrate at once, and make one below the fold wait', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    panes();
    const waits = watchPanesOnScreen();
    expect(waits.waitFor(PANES.map)).toBeUndefined();
    const wait = waits.waitFor(PANES.timeline);
    expect(wait).toBeInstanceOf(Promise);
    expect(waits.waitFor(PANES.timeline)).toBe(wait); // one promise per pane, so React retries on it
    expect(FakeObserver.all).toHaveLength(1);
  });

  it('settle when the pane scrolls into view, and keep that promise', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { timeline } = panes();
    const waits = watchPanesOnScreen();
    const wait = waits.waitFor(PANES.timeline)!;
    let settled = false;
    void wait.then(() => (settled = true));
    FakeObserver.show(timeline, false);
    await Promise.resolve();
    expect(settled).toBe(false);
    FakeObserver.show(timeline);
    await expect(wait).resolves.toBeUndefined();
    expect(waits.waitFor(PANES.timeline)).toBe(wait); // the same promise, settled, for every later render
  });

  it('wait for nothing where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    panes();
    expect(watchPanesOnScreen().waitFor(PANES.timeline)).toBeUndefined();
  });
});
