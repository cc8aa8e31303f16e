import { describe, expect, it } from 'vitest';
import { selectClaimsBy, selectClaimsInRegion } from '../../src/model/territorialClaims';
import { events, places } from '../fixtures/bundle';

describe('places announced as taken by a date', () => {
  it('is empty before the first claim and grows day by day', () => {
    expect(selectClaimsBy(events, '2020-10-03').size).toBe(0);
    expect([...selectClaimsBy(events, '2020-10-04').keys()]).toEqual(['jabrayil']);
    expect([...selectClaimsBy(events, '2020-10-09').keys()].sort()).toEqual(['hidden-az-cab', 'jabrayil']);
  });

  it('keeps the first announcement when a place is claimed twice', () => {
    const again = { ...events[1], id: 'tc-later', date: '2020-10-20' };
    expect(selectClaimsBy([...events, again], '2020-11-10').get('jabrayil')?.id).toBe('tc-20201004-jabrayil');
  });

  it('lists a district’s claims oldest first', () => {
    const regionOf = (id: string) => places.find((p) => p.id === id)?.regionId;
    expect(selectClaimsInRegion(events, regionOf, 'az-cab').map((e) => e.id)).toEqual([
      'tc-20201004-jabrayil',
      'tc-20201009-hidden',
    ]);
    expect(selectClaimsInRegion(events, regionOf, 'az-lac')).toEqual([]);
  });
});
