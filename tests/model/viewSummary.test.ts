import { describe, expect, it } from 'vitest';
import { buildLookups } from '../../src/model/lookups';
import { describeFilters, describeRange } from '../../src/model/viewSummary';
import { defaultViewState } from '../../src/state/viewState';
import { actors, places, sources } from '../fixtures/bundle';

const l = buildLookups(sources, actors, places);

describe('the printed header', () => {
  it('names a range, or a single day', () => {
    expect(describeRange({ from: '2020-10-04', to: '2020-10-06' })).toBe('Oct 4, 2020 – Oct 6, 2020');
    expect(describeRange({ from: '2020-10-04', to: '2020-10-04' })).toBe('Oct 4, 2020');
  });
  it('lists each active filter in words, and nothing for the default view', () => {
    expect(describeFilters(defaultViewState, l)).toEqual([]);
    const s = {
      ...defaultViewState,
      types: ['ceasefire' as const],
      actors: ['az-mod'],
      place: 'lachin',
      q: 'drone',
    };
    expect(describeFilters(s, l)).toEqual([
      'Types: Ceasefire',
      "Claimants: Azerbaijan's Ministry of Defence",
      'Place: Berdzor / Lachin',
      'Text: “drone”',
    ]);
  });
});
