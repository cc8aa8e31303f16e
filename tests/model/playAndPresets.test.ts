import { describe, expect, it } from 'vitest';
import { eachDay, WAR_END, WAR_START } from '../../src/data/calendar';
import { memoizeLast } from '../../src/model/memoize';
import { nextStep, startRange } from '../../src/model/playController';
import { allPresets, phasePresets, presetMatching, weekPresets } from '../../src/model/rangePresets';

describe('play controller', () => {
  it('advances the end date a day at a time and stops on 10 Nov', () => {
    let r = { from: '2020-11-01', to: '2020-11-01' };
    const seen: string[] = [];
    for (;;) {
      const step = nextStep(r);
      r = step.range;
      seen.push(r.to);
      if (step.done) break;
    }
    expect(seen).toEqual(eachDay('2020-11-02', WAR_END));
    expect(r.from).toBe('2020-11-01');
  });

  it('starting at the end begins again from the start date', () => {
    expect(startRange({ from: '2020-10-01', to: WAR_END })).toEqual({ from: '2020-10-01', to: '2020-10-01' });
    expect(startRange({ from: '2020-10-01', to: '2020-10-05' })).toEqual({
      from: '2020-10-01',
      to: '2020-10-05',
    });
  });
});

describe('range presets', () => {
  it('seven weeks cover the war without gaps or overlaps', () => {
    expect(weekPresets[0]).toMatchObject({ from: WAR_START, to: '2020-10-03' });
    expect(weekPresets[6]).toMatchObject({ from: '2020-11-08', to: WAR_END });
    const days = weekPresets.flatMap((w) => eachDay(w.from, w.to));
    expect(days).toEqual(eachDay(WAR_START, WAR_END));
  });

  it('phases also tile the war exactly', () => {
    expect(phasePresets.flatMap((p) => eachDay(p.from, p.to))).toEqual(eachDay(WAR_START, WAR_END));
  });

  it('recognises a preset range', () => {
    expect(presetMatching(WAR_START, WAR_END)?.id).toBe('war');
    expect(presetMatching('2020-10-02', '2020-10-03')).toBeUndefined();
    expect(new Set(allPresets.map((p) => p.id)).size).toBe(allPresets.length);
  });
});

describe('memoizeLast', () => {
  it('returns the same object for the same inputs and recomputes on a change', () => {
    const f = memoizeLast((xs: number[]) => xs.map((x) => x * 2));
    const a = [1, 2];
    expect(f(a)).toBe(f(a));
    expect(f([1, 2])).not.toBe(f(a));
  });
});

describe('play controller, day by day', () => {
  it('moves start and end together, one day at a time, and stops on 10 Nov', () => {
    let r = startRange({ from: '2020-11-05', to: '2020-11-08' }, 'day');
    expect(r).toEqual({ from: '2020-11-05', to: '2020-11-05' });
    const seen: string[] = [];
    for (;;) {
      const step = nextStep(r, 'day');
      r = step.range;
      expect(r.from).toBe(r.to);
      seen.push(r.to);
      if (step.done) break;
    }
    expect(seen).toEqual(eachDay('2020-11-06', WAR_END));
  });

  it('from the whole war starts on its first day; on the last day starts again from the first', () => {
    expect(startRange({ from: WAR_START, to: WAR_END }, 'day')).toEqual({ from: WAR_START, to: WAR_START });
    expect(startRange({ from: WAR_END, to: WAR_END }, 'day')).toEqual({ from: WAR_START, to: WAR_START });
  });
});
