import { describe, expect, it } from 'vitest';
import type { WarEvent } from '../../src/data/schemas';
import { eventsBetween, indexEvents } from '../../src/model/eventIndex';
import { facetCounts, passes, selectFilteredEvents } from '../../src/model/eventFilters';
import { buildLookups } from '../../src/model/lookups';
import { defaultViewState, type ViewState } from '../../src/state/viewState';
import { multiplyEvents } from '../../scripts/bench/syntheticEvents';
import { actors, events, places, sources } from '../fixtures/bundle';

const ctx = buildLookups(sources, actors, places);

describe('the events index', () => {
  it('sorts by date then id, whatever the input order', () => {
    const shuffled = [...events].reverse();
    const sorted = indexEvents(shuffled).sorted;
    expect(sorted.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(indexEvents(shuffled)).toBe(indexEvents(shuffled));
  });

  it('finds a range by its dates, both ends included', () => {
    const shuffled = [...events].reverse();
    expect(eventsBetween(shuffled, '2020-10-04', '2020-10-09').map((e) => e.id)).toEqual([
      'tc-20201004-jabrayil',
      'ev-2',
      'tc-20201009-hidden',
    ]);
    expect(eventsBetween(shuffled, '2020-09-27', '2020-09-27').map((e) => e.id)).toEqual(['ev-1']);
    expect(eventsBetween(shuffled, '2020-09-01', '2020-09-26')).toEqual([]);
    expect(eventsBetween(shuffled, '2020-10-09', '2020-10-04')).toEqual([]);
  });
});

/** The definition the one-pass selectors must agree with: one filter test per event and option. */
function naiveFacets(all: readonly WarEvent[], f: ViewState) {
  const count = (
    skip: 'types' | 'statuses' | 'actors' | 'sides',
    key: (e: WarEvent) => string | undefined,
  ) => {
    const m = new Map<string, number>();
    for (const e of all) {
      const k = key(e);
      if (k !== undefined && passes(e, f, ctx, skip)) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  return {
    types: count('types', (e) => e.type),
    statuses: count('statuses', (e) => e.status),
    actors: count('actors', (e) => e.actorId),
    sides: count('sides', (e) => ctx.actorsById.get(e.actorId)?.side),
  };
}

describe('one-pass filtering agrees with filter-by-filter tests', () => {
  const many = multiplyEvents(events, 20);
  const states: Partial<ViewState>[] = [
    {},
    { from: '2020-10-04', to: '2020-10-20' },
    { types: ['ceasefire', 'territorial-claim'] },
    { statuses: ['denied'], sides: ['armenia'] },
    { actors: ['sohr'], q: 'summary' },
    { region: 'az-lac', types: ['ceasefire'] },
    { place: 'jabrayil', from: '2020-09-27', to: '2020-10-04' },
  ];
  for (const partial of states) {
    it(`for ${JSON.stringify(partial)}`, () => {
      const f = { ...defaultViewState, ...partial };
      expect(selectFilteredEvents(many, f, ctx).map((e) => e.id)).toEqual(
        many
          .filter((e) => passes(e, f, ctx))
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
          .map((e) => e.id),
      );
      const counts = facetCounts(many, f, ctx);
      const naive = naiveFacets(many, f);
      for (const k of ['types', 'statuses', 'actors', 'sides'] as const)
        expect(Object.fromEntries(counts[k])).toEqual(Object.fromEntries(naive[k]));
    });
  }
});
