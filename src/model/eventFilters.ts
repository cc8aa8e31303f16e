/**
 * Which events the reader is looking at: the date range plus the filters, as pure functions of
 * the bundle and the view state. `selectFilteredEvents` is what the map and the list draw;
 * `facetCounts` gives the number beside each filter option.
 */
import type { Actor, EventStatus, EventType, Place, WarEvent } from '../data/schemas';
import type { Side, ViewState } from '../state/viewState';
import { indexEvents } from './eventIndex';
import { countsInWindow, windowBetween, type FilteredRange } from './rangeIndex';

export interface EventContext {
  actorsById: ReadonlyMap<string, Actor>;
  placesById: ReadonlyMap<string, Place>;
}

export type EventFilters = Pick<
  ViewState,
  'from' | 'to' | 'types' | 'actors' | 'sides' | 'statuses' | 'region' | 'place' | 'q'
>;

/** Every filter but the range: what the daily bars depend on. */
export type NonDateFilters = Omit<EventFilters, 'from' | 'to'>;

type Dimension = 'date' | 'types' | 'actors' | 'sides' | 'statuses' | 'region' | 'place' | 'q';

/** One bit per filter other than the date, so one pass can tell which filters an event fails. */
const BIT = { types: 1, statuses: 2, actors: 4, sides: 8, place: 16, region: 32, q: 64 } as const;

function eventSide(e: WarEvent, ctx: EventContext): Side | undefined {
  return ctx.actorsById.get(e.actorId)?.side;
}

/** Lower-cased summaries, computed once per event rather than once per keystroke and event. */
const lowerSummaries = new WeakMap<WarEvent, string>();
function lowerSummary(e: WarEvent): string {
  let s = lowerSummaries.get(e);
  if (s === undefined) lowerSummaries.set(e, (s = e.summary.toLocaleLowerCase()));
  return s;
}

function matchesText(e: WarEvent, needle: string, ctx: EventContext): boolean {
  if (lowerSummary(e).includes(needle)) return true;
  return e.placeIds.some((p) => {
    const n = ctx.placesById.get(p)?.names;
    return !!n && [n.en, n.az, n.hy, n.ru].some((s) => s.toLocaleLowerCase().includes(needle));
  });
}

/**
 * The filters turned into one function that returns the bits of the filters an event fails
 * (0: it passes them all). Sets and the lower-cased query are built once per filter state.
 */
function compile(f: NonDateFilters, ctx: EventContext): (e: WarEvent) => number {
  const types = f.types.length ? new Set<string>(f.types) : undefined;
  const statuses = f.statuses.length ? new Set<string>(f.statuses) : undefined;
  const actors = f.actors.length ? new Set(f.actors) : undefined;
  const sides = f.sides.length ? new Set<string>(f.sides) : undefined;
  const needle = f.q.trim().toLocaleLowerCase();
  const { place, region } = f;
  return (e) => {
    let failed = 0;
    if (types && !types.has(e.type)) failed |= BIT.types;
    if (statuses && !statuses.has(e.status)) failed |= BIT.statuses;
    if (actors && !actors.has(e.actorId)) failed |= BIT.actors;
    if (sides) {
      const side = eventSide(e, ctx);
      if (!side || !sides.has(side)) failed |= BIT.sides;
    }
    if (place && !e.placeIds.includes(place)) failed |= BIT.place;
    if (region && !e.placeIds.some((p) => ctx.placesById.get(p)?.regionId === region)) failed |= BIT.region;
    if (needle && !matchesText(e, needle, ctx)) failed |= BIT.q;
    return failed;
  };
}

/** Does the event pass every filter except the one named in `skip`? */
export function passes(e: WarEvent, f: EventFilters, ctx: EventContext, skip?: Dimension): boolean {
  if (skip !== 'date' && (e.date < f.from || e.date > f.to)) return false;
  const failed = compile(f, ctx)(e);
  return (skip && skip !== 'date' ? failed & ~BIT[skip] : failed) === 0;
}

const NON_DATE_KEYS = ['types', 'actors', 'sides', 'statuses', 'region', 'place', 'q'] as const;
const sameNonDateFilters = (a: NonDateFilters, b: NonDateFilters) =>
  NON_DATE_KEYS.every((k) => Object.is(a[k], b[k]));

/**
 * The last result for each events array and filter state, other than the date: the map and the
 * timeline ask for the same selection in one render, and a step of the range asks for it again.
 */
function lastForFilters<R>(
  compute: (sorted: readonly WarEvent[], f: NonDateFilters, ctx: EventContext) => R,
): (events: readonly WarEvent[], f: NonDateFilters, ctx: EventContext) => R {
  const last = new WeakMap<readonly WarEvent[], { f: NonDateFilters; ctx: EventContext; result: R }>();
  return (events, f, ctx) => {
    const hit = last.get(events);
    if (hit && hit.ctx === ctx && sameNonDateFilters(hit.f, f)) return hit.result;
    const result = compute(indexEvents(events).sorted, f, ctx);
    last.set(events, { f, ctx, result });
    return result;
  };
}

/** Events that pass every filter but the date, oldest first (by date, then id). */
export const selectEventsIgnoringDate = lastForFilters((sorted, f, ctx): readonly WarEvent[] => {
  if (!hasActiveFilters(f)) return sorted;
  const failed = compile(f, ctx);
  return sorted.filter((e) => failed(e) === 0);
});

const lastRange = new WeakMap<readonly WarEvent[], FilteredRange>();
const lastSelection = new WeakMap<FilteredRange, WarEvent[]>();

/**
 * The events in range and filters, as a window on those that pass every filter but the date.
 * The same window comes back while neither the filters nor the range's ends move it.
 */
export function selectFilteredRange(
  events: readonly WarEvent[],
  f: EventFilters,
  ctx: EventContext,
): FilteredRange {
  const matching = selectEventsIgnoringDate(events, f, ctx);
  const last = lastRange.get(events);
  const next = windowBetween(matching, f.from, f.to);
  if (last && last.matching === matching && last.lo === next.lo && last.hi === next.hi) return last;
  lastRange.set(events, next);
  return next;
}

/** Events in range and filters, oldest first (by date, then id). */
export function selectFilteredEvents(
  events: readonly WarEvent[],
  f: EventFilters,
  ctx: EventContext,
): WarEvent[] {
  const range = selectFilteredRange(events, f, ctx);
  let result = lastSelection.get(range);
  if (!result) lastSelection.set(range, (result = range.matching.slice(range.lo, range.hi)));
  return result;
}

export interface FacetCounts {
  types: Map<EventType, number>;
  statuses: Map<EventStatus, number>;
  actors: Map<string, number>;
  sides: Map<Side, number>;
}

interface FacetPositions {
  types: Map<EventType, number[]>;
  statuses: Map<EventStatus, number[]>;
  actors: Map<string, number[]>;
  sides: Map<Side, number[]>;
}

function push<K>(m: Map<K, number[]>, k: K | undefined, position: number): void {
  if (k === undefined) return;
  const list = m.get(k);
  if (list) list.push(position);
  else m.set(k, [position]);
}

/**
 * For each facet's options, the positions of the events that count for it: those that fail no
 * filter, or only that facet's. Built once per filter state; a range then counts by search.
 */
const facetPositions = lastForFilters((sorted, f, ctx): FacetPositions => {
  const out: FacetPositions = { types: new Map(), statuses: new Map(), actors: new Map(), sides: new Map() };
  const failed = compile(f, ctx);
  sorted.forEach((e, i) => {
    const bits = failed(e);
    if (bits === 0 || bits === BIT.types) push(out.types, e.type, i);
    if (bits === 0 || bits === BIT.statuses) push(out.statuses, e.status, i);
    if (bits === 0 || bits === BIT.actors) push(out.actors, e.actorId, i);
    if (bits === 0 || bits === BIT.sides) push(out.sides, eventSide(e, ctx), i);
  });
  return out;
});

/**
 * For each filter option, how many events it would show given every other filter — the usual
 * faceted-search convention, so ticking an option never makes the others read zero. An event
 * counts for a facet when it fails no filter, or only that facet's.
 */
export function facetCounts(events: readonly WarEvent[], f: EventFilters, ctx: EventContext): FacetCounts {
  const positions = facetPositions(events, f, ctx);
  const { lo, hi } = windowBetween(indexEvents(events).sorted, f.from, f.to);
  return {
    types: countsInWindow(positions.types, lo, hi),
    statuses: countsInWindow(positions.statuses, lo, hi),
    actors: countsInWindow(positions.actors, lo, hi),
    sides: countsInWindow(positions.sides, lo, hi),
  };
}

/** Every filter off, the range kept: what "Clear filters" writes. */
export const NO_FILTERS: NonDateFilters = {
  types: [],
  actors: [],
  sides: [],
  statuses: [],
  region: undefined,
  place: undefined,
  q: '',
};

export function hasActiveFilters(f: NonDateFilters): boolean {
  return !!(
    f.types.length ||
    f.actors.length ||
    f.sides.length ||
    f.statuses.length ||
    f.region ||
    f.place ||
    f.q.trim()
  );
}
