import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/calendar';
import {
  casualtyViewModel,
  NEAR_SPAN_END,
  publishersOfSeries,
  type CasualtyViewState,
} from '../../src/model/casualtyViewModel';
import { indexById } from '../../src/model/indexById';
import { actors, casualties, sources } from '../fixtures/bundle';

const bundle = { casualties, actors, sources };
const state = (over: Partial<CasualtyViewState> = {}): CasualtyViewState => ({
  to: '2020-11-10',
  subject: 'azerbaijani-military-dead',
  series: [],
  off: [],
  span: 'near',
  ...over,
});

describe('casualtyViewModel', () => {
  it('at the war’s end date shows everything published since, as the latest in the record', () => {
    const vm = casualtyViewModel(bundle, state());
    expect(vm.lastDay).toBe('2021-01-19');
    expect(vm.knownOn).toBe('2021-01-19');
    expect(vm.showsLatest).toBe(true);
    expect(vm.latestTitle).toBe(`As known on ${formatDay('2021-01-19')} (the latest in the record)`);
    expect(vm.tableSeries.flatMap((s) => s.points.map((p) => p.value))).toEqual(
      expect.arrayContaining([2783, 2841, 2855]),
    );
    expect(vm.chartEnd).toBe(NEAR_SPAN_END);
  });

  it('at an earlier end date shows only what had been announced by then', () => {
    const vm = casualtyViewModel(bundle, state({ to: '2020-12-31' }));
    expect(vm.knownOn).toBe('2020-12-31');
    expect(vm.showsLatest).toBe(false);
    expect(vm.latestTitle).toBe(`As known on ${formatDay('2020-12-31')}`);
    expect(vm.tableSeries.flatMap((s) => s.points.map((p) => p.value))).toEqual([2783]);
    expect(vm.endTitle).toBe(`As known at the end of the war (${formatDay('2020-11-10')})`);
  });

  it('marks as unknown the series whose first figure came after "as known on"', () => {
    const vm = casualtyViewModel(bundle, state({ to: '2020-11-01' }));
    expect([...vm.unknown]).toEqual(vm.series.map((s) => s.id));
  });

  it('draws every later year only when asked (span=all)', () => {
    expect(casualtyViewModel(bundle, state({ span: 'all' })).chartEnd).toBe('2021-01-19');
  });

  it('returns the same series, sets and panels for unchanged inputs, and keeps the series when only the date moves', () => {
    const a = casualtyViewModel(bundle, state());
    const b = casualtyViewModel(bundle, state());
    expect(b.series).toBe(a.series);
    expect(b.shown).toBe(a.shown);
    expect(b.latest).toBe(a.latest);
    expect(b.tableSeries).toBe(a.tableSeries);
    const moved = casualtyViewModel(bundle, { ...state(), to: '2020-12-31' });
    expect(moved.series).toBe(a.series);
    expect(moved.atWarEnd).toBe(a.atWarEnd);
    expect(moved.latest).not.toBe(a.latest);
  });

  it('lists the publishers behind the shown figures once each, sorted', () => {
    const vm = casualtyViewModel(bundle, state());
    expect(publishersOfSeries(vm.tableSeries, indexById(sources))).toEqual(['Other Wire']);
  });
});
