import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultViewState,
  normalizeSearch,
  parseViewState,
  serializeViewState,
} from '../../src/state/viewState';

describe('view state in the URL', () => {
  it('an empty query is the default view', () => {
    expect(parseViewState('')).toEqual(defaultViewState);
    expect(serializeViewState(defaultViewState)).toBe('');
  });

  it('round-trips every field', () => {
    const s = {
      ...defaultViewState,
      from: '2020-10-08',
      to: '2020-10-10',
      region: 'az-lac',
      place: 'lachin',
      event: 'ev-1',
      types: ['drone-strike', 'ceasefire'] as const, // the canonical (taxonomy) order
      actors: ['am-mod', 'az-mod'],
      sides: ['armenia'] as const,
      statuses: ['denied'] as const,
      q: 'Ganja',
      sort: 'desc' as const,
      tiles: true,
      off: ['a-b'],
      series: ['c-d', 'e-f'],
      tables: ['revisions'] as const,
      subject: 'azerbaijani-civilian-dead' as const,
      span: 'all' as const,
      playWindow: 'day' as const,
      playSpeed: 'fast' as const,
    };
    const state = {
      ...s,
      types: [...s.types],
      sides: [...s.sides],
      statuses: [...s.statuses],
      tables: [...s.tables],
    };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('ignores unknown parameters and drops invalid values, keeping the valid ones', () => {
    const s = parseViewState(
      '?utm_source=x&from=2020-10-08&to=banana&types=ceasefire,nonsense&region=<script>&tiles=yes',
    );
    expect(s.from).toBe('2020-10-08');
    expect(s.to).toBe(defaultViewState.to);
    expect(s.types).toEqual(['ceasefire']);
    expect(s.region).toBeUndefined();
    expect(s.tiles).toBe(false);
  });

  it('clamps dates to the war and swaps a reversed range', () => {
    expect(parseViewState('?from=2019-01-01&to=2030-01-01')).toMatchObject({
      from: '2020-09-27',
      to: '2020-11-10',
    });
    expect(parseViewState('?from=2020-10-20&to=2020-10-05')).toMatchObject({
      from: '2020-10-05',
      to: '2020-10-20',
    });
    expect(parseViewState('?from=2020-02-30')).toMatchObject({ from: '2020-09-27' });
  });

  it('drops enormous values rather than parsing them', () => {
    const huge = 'a'.repeat(100_000);
    expect(parseViewState(`?q=${huge}&region=${huge}`)).toMatchObject({ q: '', region: undefined });
    expect(parseViewState(`?q=${'b'.repeat(500)}`).q).toHaveLength(100);
  });

  it('maps the retired measure= to the subject that shows it, and drops it from the URL', () => {
    expect(parseViewState('?measure=missing').subject).toBe('armenian-missing');
    expect(parseViewState('?measure=equipment-destroyed').subject).toBe('armenian-equipment');
    expect(parseViewState('?measure=killed').subject).toBe('armenian-military-dead');
    expect(parseViewState('?measure=nonsense&subject=foreign-fighters').subject).toBe('foreign-fighters');
    expect(normalizeSearch('?measure=wounded')).toBe('?subject=armenian-wounded');
    expect(parseViewState('?subject=<script>').subject).toBe(defaultViewState.subject);
  });

  it('normalising is idempotent', () => {
    const once = normalizeSearch('?to=2020-10-10&from=2020-10-01&junk=1&types=drone-strike');
    expect(normalizeSearch(once)).toBe(once);
    expect(once).toBe('?from=2020-10-01&to=2020-10-10&types=drone-strike');
  });
});

describe('the view-state hook’s snapshot', () => {
  // A write left pending by one test must not leak into the next.
  afterEach(async () => (await import('../../src/state/useViewState')).flushViewState());

  it('keeps unchanged lists as the same arrays when only the range moves', async () => {
    const { currentViewState, writeViewState } = await import('../../src/state/useViewState');
    window.history.replaceState(null, '', '/?types=ceasefire&from=2020-10-01');
    const a = currentViewState();
    writeViewState({ to: '2020-10-05' }, 'replace');
    const b = currentViewState();
    expect(b.to).toBe('2020-10-05');
    expect(b.types).toBe(a.types);
    expect(currentViewState()).toBe(b);
  });

  describe('with the address bar written after the frame', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('shows a continuous change at once and writes it to the address bar just after', async () => {
      const { currentViewState, writeViewState } = await import('../../src/state/useViewState');
      window.history.replaceState(null, '', '/?from=2020-10-01');
      writeViewState({ to: '2020-10-07' }, 'replace');
      expect(currentViewState().to).toBe('2020-10-07');
      expect(window.location.search).toBe('?from=2020-10-01');
      vi.advanceTimersByTime(500);
      expect(window.location.search).toBe('?from=2020-10-01&to=2020-10-07');
    });

    it('a discrete change writes any pending one first, then pushes', async () => {
      const { writeViewState } = await import('../../src/state/useViewState');
      window.history.replaceState(null, '', '/');
      const depth = window.history.length;
      writeViewState({ to: '2020-10-07' }, 'replace');
      writeViewState({ region: 'az-lac' });
      expect(window.location.search).toBe('?to=2020-10-07&region=az-lac');
      expect(window.history.length).toBe(depth + 1);
    });

    it('a continuous change adds one entry, written after the frame, and the next after release adds another', async () => {
      const { commitViewState, writeViewState } = await import('../../src/state/useViewState');
      window.history.replaceState(null, '', '/');
      const depth = window.history.length;
      for (const to of ['2020-11-09', '2020-11-08', '2020-11-07']) writeViewState({ to }, 'step');
      expect(window.history.length).toBe(depth);
      vi.advanceTimersByTime(500);
      expect(window.history.length).toBe(depth + 1);
      expect(window.location.search).toBe('?to=2020-11-07');
      commitViewState();
      writeViewState({ to: '2020-11-06' }, 'step');
      commitViewState();
      vi.advanceTimersByTime(500);
      expect(window.history.length).toBe(depth + 2);
      expect(window.location.search).toBe('?to=2020-11-06');
    });

    it('rapid clicks of one kind fold into one entry', async () => {
      const { writeViewState } = await import('../../src/state/useViewState');
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
      const depth = window.history.length;
      writeViewState({ types: ['ceasefire'] });
      vi.advanceTimersByTime(100);
      writeViewState({ types: ['ceasefire', 'diplomacy'] });
      vi.advanceTimersByTime(100);
      writeViewState({ types: ['diplomacy'] });
      expect(window.history.length).toBe(depth + 1);
      expect(window.location.search).toBe('?types=diplomacy');
    });

    it('back/forward wins over a change not yet written', async () => {
      const { currentViewState, writeViewState } = await import('../../src/state/useViewState');
      window.history.replaceState(null, '', '/?from=2020-10-01');
      writeViewState({ to: '2020-10-07' }, 'replace');
      window.dispatchEvent(new PopStateEvent('popstate'));
      vi.advanceTimersByTime(500);
      expect(window.location.search).toBe('?from=2020-10-01');
      expect(currentViewState().to).toBe('2020-11-10');
    });
  });
});

describe('what a link asked for and cannot have is said', () => {
  it('names unknown parameters, invalid values and unknown choices', async () => {
    const { describeDroppedParams } = await import('../../src/state/viewState');
    expect(
      describeDroppedParams(
        '?from=2020-10-08&to=not-a-date&types=ceasefire,<script>&region=%00%00&utm=1&measure=everything',
      ),
    ).toEqual([
      'Invalid "to" ignored: not-a-date',
      'Not a known choice for "types", ignored: <script>',
      'Invalid "region" ignored: \u0000\u0000',
      'Unknown link parameter "utm" ignored',
      'Invalid "measure" ignored: everything',
    ]);
  });

  it('says nothing of a sound link, defaults written out, or dates clamped to the war', async () => {
    const { describeDroppedParams } = await import('../../src/state/viewState');
    expect(
      describeDroppedParams('?from=1999-01-01&to=2020-10-10&sort=asc&region=az-lac&types=ceasefire'),
    ).toEqual([]);
  });
});

describe('the URL names that differ from the state fields', () => {
  it('says nothing of a valid play window, speed, subject or old measure', async () => {
    const { describeDroppedParams } = await import('../../src/state/viewState');
    expect(
      describeDroppedParams(
        '?window=day&speed=fast&subject=azerbaijani-military-dead&measure=missing&series=a,b',
      ),
    ).toEqual([]);
    expect(describeDroppedParams('?window=week')).toEqual(['Invalid "window" ignored: week']);
  });
});
