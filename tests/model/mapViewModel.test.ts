import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../src/state/viewState';
import { districtSummary, mapViewModel } from '../../src/model/mapViewModel';
import { indexById } from '../../src/model/indexById';
import { actors, events, places, regions, sources } from '../fixtures/bundle';

const bundle = { regions, places, events, actors, sources };

describe('mapViewModel', () => {
  it('groups the events in range by place, rings the claims by the end date and finds the selected district', () => {
    const vm = mapViewModel(bundle, {
      ...defaultViewState,
      from: '2020-09-27',
      to: '2020-10-05',
      region: 'az-cab',
    });
    expect(vm.filtered.map((e) => e.id)).toEqual(['ev-1', 'tc-20201004-jabrayil']);
    expect(vm.groups.map((g) => g.place.id)).toEqual(['jabrayil']);
    expect(vm.claimsOnMap.drawn).toHaveLength(1);
    expect(vm.selected?.properties.id).toBe('az-cab');
    expect(vm.districts.map((d) => d.properties.names.en)).toEqual(['Jabrayil', 'Lachin']);
    expect(vm.typesShown).toEqual(['ground-fighting', 'territorial-claim']);
  });

  it('sums up a district: events in range, capture claims and handovers', () => {
    const s = districtSummary(events, indexById(places), 'az-lac', '2020-09-27', '2020-11-10');
    expect(s.eventsInRange).toBe(1);
    expect(s.claims).toEqual([]);
    expect(s.handovers.map((e) => e.id)).toEqual(['ev-4']);
    expect(
      districtSummary(events, indexById(places), 'az-cab', '2020-09-27', '2020-11-10').claims.map(
        (e) => e.id,
      ),
    ).toEqual(['tc-20201004-jabrayil', 'tc-20201009-hidden']);
  });
});
