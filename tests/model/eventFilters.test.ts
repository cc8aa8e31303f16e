import { describe, expect, it } from 'vitest';
import { facetCounts, hasActiveFilters, selectFilteredEvents } from '../../src/model/eventFilters';
import { buildLookups } from '../../src/model/lookups';
import { defaultViewState } from '../../src/state/viewState';
import { actors, events, places, sources } from '../fixtures/bundle';

const ctx = buildLookups(sources, actors, places);
const ids = (f: Partial<typeof defaultViewState>) =>
  selectFilteredEvents(events, { ...defaultViewState, ...f }, ctx).map((e) => e.id);

describe('events in range and filters', () => {
  it('keeps both ends of the range', () => {
    expect(ids({ from: '2020-10-04', to: '2020-10-09' })).toEqual([
      'tc-20201004-jabrayil',
      'ev-2',
      'tc-20201009-hidden',
    ]);
  });

  it('a one-day range works', () => {
    expect(ids({ from: '2020-09-27', to: '2020-09-27' })).toEqual(['ev-1']);
  });

  it('filters by type, status, claimant and side', () => {
    expect(ids({ types: ['ceasefire'] })).toEqual(['ev-3']);
    expect(ids({ statuses: ['denied'] })).toEqual(['ev-3']);
    expect(ids({ actors: ['sohr'] })).toEqual(['ev-2']);
    expect(ids({ sides: ['armenia', 'nagorno-karabakh'] })).toEqual(['ev-1', 'ev-3']);
  });

  it('filters by district through the places, and by place', () => {
    expect(ids({ region: 'az-lac' })).toEqual(['ev-3']);
    expect(ids({ place: 'jabrayil' })).toEqual(['ev-1', 'tc-20201004-jabrayil']);
  });

  it('searches summaries and every name of a place, ignoring case', () => {
    expect(ids({ q: 'summary of ev-2' })).toEqual(['ev-2']);
    expect(ids({ q: 'berdzor' })).toEqual(['ev-3']);
  });

  it('counts each option as if only the other filters applied', () => {
    const f = { ...defaultViewState, types: ['ceasefire' as const] };
    const counts = facetCounts(events, f, ctx);
    expect(counts.types.get('ground-fighting')).toBe(1);
    expect(counts.types.get('territorial-claim')).toBe(2);
    expect(counts.statuses.get('denied')).toBe(1);
    expect(counts.statuses.get('claimed')).toBeUndefined();
  });

  it('knows when a filter is on', () => {
    expect(hasActiveFilters(defaultViewState)).toBe(false);
    expect(hasActiveFilters({ ...defaultViewState, q: '  ' })).toBe(false);
    expect(hasActiveFilters({ ...defaultViewState, region: 'az-lac' })).toBe(true);
  });
});
