import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../src/state/viewState';
import { selectableDistricts } from '../../src/model/districtSelection';
import { timelineViewModel } from '../../src/model/timelineViewModel';
import { actors, events, places, regions, sources } from '../fixtures/bundle';

const bundle = { events, actors, places, sources, regions };

describe('timelineViewModel', () => {
  it('lists the events in range, keeps the post-war ones apart, and offers the map’s districts', () => {
    const vm = timelineViewModel(bundle, { ...defaultViewState, from: '2020-10-01', to: '2020-10-09' });
    expect(vm.filtered.map((e) => e.id)).toEqual(['tc-20201004-jabrayil', 'ev-2', 'tc-20201009-hidden']);
    expect(vm.postWar.map((e) => e.id)).toEqual(['ev-4']);
    expect(vm.districts).toBe(selectableDistricts(regions));
    expect(vm.active).toBe(false);
  });

  it('keeps the daily bars when only the range moves, and recounts them when a filter changes', () => {
    const a = timelineViewModel(bundle, { ...defaultViewState });
    const moved = timelineViewModel(bundle, { ...defaultViewState, from: '2020-10-01' });
    expect(moved.rows).toBe(a.rows);
    const filtered = timelineViewModel(bundle, { ...defaultViewState, types: ['diplomacy'] });
    expect(filtered.rows).not.toBe(a.rows);
    expect(filtered.types).toEqual(['diplomacy']);
    expect(filtered.active).toBe(true);
  });
});
