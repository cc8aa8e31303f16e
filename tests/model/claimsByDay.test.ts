import { describe, expect, it } from 'vitest';
import type { WarEvent } from '../../src/data/schemas';
import { recencyOf, splitClaimsForMap } from '../../src/model/claimsByDay';
import { indexById } from '../../src/model/indexById';
import { selectClaimsBy } from '../../src/model/territorialClaims';
import { events, places } from '../fixtures/bundle';

const placesById = indexById(places);

describe('claims as the map draws them', () => {
  it('says whether a claim is from the end day, the range, or before it', () => {
    expect(recencyOf('2020-10-09', '2020-10-01', '2020-10-09')).toBe('on-end-day');
    expect(recencyOf('2020-10-04', '2020-10-01', '2020-10-09')).toBe('in-range');
    expect(recencyOf('2020-10-04', '2020-10-05', '2020-10-09')).toBe('earlier');
  });

  it('draws located places and lists unlocated ones, so drawn + listed = all claims', () => {
    const claims = selectClaimsBy(events, '2020-10-09');
    const { drawn, unlocated } = splitClaimsForMap(claims, placesById, '2020-10-09', '2020-10-09');
    expect(drawn.map((d) => [d.place.id, d.recency])).toEqual([['jabrayil', 'earlier']]);
    expect(unlocated.map((u) => [u.placeId, u.recency])).toEqual([['hidden-az-cab', 'on-end-day']]);
    expect(drawn.length + unlocated.length).toBe(claims.size);
  });

  it('marks a claim the other side denied', () => {
    const denied: WarEvent = { ...events.find((e) => e.id === 'tc-20201004-jabrayil')!, status: 'denied' };
    const { drawn } = splitClaimsForMap(
      new Map([['jabrayil', denied]]),
      placesById,
      '2020-09-27',
      '2020-10-04',
    );
    expect(drawn[0]).toMatchObject({ denied: true, recency: 'on-end-day' });
  });
});
