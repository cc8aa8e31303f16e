import { describe, expect, it } from 'vitest';
import type { WarEvent } from '../../src/data/schemas';
import { selectFilteredEvents, selectFilteredRange } from '../../src/model/eventFilters';
import { groupEventsByPlace, groupEventsInWindow } from '../../src/model/eventsByPlace';
import { buildEventRows, eventRowsInWindow, type EventRows } from '../../src/model/eventRows';
import { buildLookups } from '../../src/model/lookups';
import { countInWindow, lowerBound, typesInWindow } from '../../src/model/rangeIndex';
import { defaultViewState, type ViewState } from '../../src/state/viewState';
import { multiplyEvents } from '../../scripts/bench/syntheticEvents';
import { actors, events, places, sources } from '../fixtures/bundle';

const ctx = buildLookups(sources, actors, places);
const many = multiplyEvents(events, 20);
const listed = (rows: EventRows) => Array.from({ length: rows.length }, (_, i) => rows.at(i));
const labels = (rows: EventRows) =>
  listed(rows).map((r) => (r.kind === 'day' ? `${r.date} (${r.count})` : r.event.id));

/** Ranges whose windows start and end anywhere: the first day, inside, past the last event, empty. */
const states: Partial<ViewState>[] = [
  {},
  { from: '2020-10-04', to: '2020-10-20' },
  { from: '2020-09-27', to: '2020-09-27' },
  { from: '2020-11-10', to: '2020-11-10' },
  { from: '2020-10-05', to: '2020-10-06', types: ['ceasefire'] },
  { types: ['ceasefire', 'territorial-claim'], from: '2020-10-01', to: '2020-10-12' },
  { place: 'jabrayil', from: '2020-09-27', to: '2020-10-04' },
];

describe('a range as a window on the filtered events (issue 19)', () => {
  it('finds positions by binary search', () => {
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 8)).toBe(4);
    expect(countInWindow([1, 3, 3, 7], 2, 7)).toBe(2);
    expect(countInWindow([], 0, 10)).toBe(0);
  });

  for (const partial of states) {
    const f = { ...defaultViewState, ...partial };
    const range = selectFilteredRange(many, f, ctx);
    const inRange = selectFilteredEvents(many, f, ctx);

    it(`lists the same rows as building them afresh, in both orders, for ${JSON.stringify(partial)}`, () => {
      for (const order of ['asc', 'desc'] as const) {
        expect(labels(eventRowsInWindow(range, order))).toEqual(labels(buildEventRows(inRange, order)));
      }
    });

    it(`groups, and names the types, as a pass over the events would, for ${JSON.stringify(partial)}`, () => {
      const simple = (gs: ReturnType<typeof groupEventsByPlace>) =>
        gs.map((g) => [g.place.id, g.mainType, g.events.map((e) => e.id)]);
      expect(simple(groupEventsInWindow(range, ctx.placesById))).toEqual(
        simple(groupEventsByPlace(inRange, ctx.placesById)),
      );
      expect(typesInWindow(range)).toEqual([...new Set(inRange.map((e) => e.type))].sort());
    });
  }

  it('keeps the same window while a step does not move it, and a new one when it does', () => {
    const f = { ...defaultViewState, from: '2020-10-04', to: '2020-10-05' };
    const first = selectFilteredRange(many, f, ctx);
    expect(selectFilteredRange(many, { ...f }, ctx)).toBe(first);
    const next = selectFilteredRange(many, { ...f, to: '2020-10-06' }, ctx);
    expect(next).not.toBe(first);
    expect(next.matching).toBe(first.matching); // the filters did not change: one index serves both
  });

  it('finds a day heading and an event by key inside the window only', () => {
    const f = { ...defaultViewState, from: '2020-10-04', to: '2020-10-09' };
    const range = selectFilteredRange(many, f, ctx);
    const asc = eventRowsInWindow(range, 'asc');
    const desc = eventRowsInWindow(range, 'desc');
    const rowAt = (rows: EventRows, i: number) =>
      rows.at(i) as Extract<ReturnType<EventRows['at']>, { kind: 'day' }>;
    expect(rowAt(asc, asc.dayRowFor('2020-10-06')).date).toBe('2020-10-06');
    expect(rowAt(desc, desc.dayRowFor('2020-10-06')).date).toBe('2020-10-06');
    expect(asc.dayRowFor('2020-09-30')).toBe(0);
    const inside = range.matching[range.lo] as WarEvent;
    expect(asc.at(asc.indexOf(inside.id))).toEqual({ kind: 'event', event: inside });
    expect(asc.indexOf(range.matching[range.lo - 1].id)).toBe(-1);
    expect(asc.key(0)).toBe('day-2020-10-04');
  });
});
