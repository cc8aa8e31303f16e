/**
 * Which events the reader is looking at: the date range plus the filters, as pure functions of
 * the bundle and the view state. `selectFilteredEvents` is what the map and the list draw;
 * `facetCounts` gives the number beside each filter option.
 */
import type { Actor, EventStatus, EventType, Place, WarEvent } from '../data/schemas';
import type { Side, ViewState } from '../state/viewState';
import { eventsBetween, indexEvents } from './eventIndex';

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

/**
 * The last result for each events array: the map and the timeline ask for the same selection
 * in one render, and only the first pays for it.
 */
const lastSelection = new WeakMap<
  readonly WarEvent[],
  { f: EventFilters; ctx: EventContext; result: WarEvent[] }
>();
const FILTER_KEYS = ['from', 'to', 'types', 'actors', 'sides', 'statuses', 'region', 'place', 'q'] as const;
const sameFilters = (a: EventFilters, b: EventFilters) => FILTER_KEYS.every((k) => Object.is(a[k], b[k]));

/** Events in range and filters, oldest first (by date, then id). */
export function selectFilteredEvents(
  events: readonly WarEvent[],
  f: EventFilters,
  ctx: EventContext,
): WarEvent[] {
  const last = lastSelection.get(events);
  if (last && last.ctx === ctx && sameFilters(last.f, f)) return last.result;
  const failed = compile(f, ctx);
  const result = eventsBetween(events, f.from, f.to).filter((e) => failed(e) === 0);
  lastSelection.set(events, { f, ctx, result });
  return result;
}

/** Events that pass every filter but the date: what the daily bars count. */
export function selectEventsIgnoringDate(
  events: readonly WarEvent[],
  f: NonDateFilters,
  ctx: EventContext,
): WarEvent[] {
  const failed = compile(f, ctx);
  return indexEvents(events).sorted.filter((e) => failed(e) === 0);
}

export interface FacetCounts {
  types: Map<EventType, number>;
  statuses: Map<EventStatus, number>;
  actors: Map<string, number>;
  sides: Map<Side, number>;
}

function bump<K>(m: Map<K, number>, k: K | undefined): void {
  if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
}

/**
 * For each filter option, how many events it would show given every other filter — the usual
 * faceted-search convention, so ticking an option never makes the others read zero. One pass
 * over the range: an event counts for a facet when it fails no filter, or only that facet's.
 */
export function facetCounts(events: readonly WarEvent[], f: EventFilters, ctx: EventContext): FacetCounts {
  const out: FacetCounts = { types: new Map(), statuses: new Map(), actors: new Map(), sides: new Map() };
  const failed = compile(f, ctx);
  for (const e of eventsBetween(events, f.from, f.to)) {
    const bits = failed(e);
    if (bits === 0 || bits === BIT.types) bump(out.types, e.type);
    if (bits === 0 || bits === BIT.statuses) bump(out.statuses, e.status);
    if (bits === 0 || bits === BIT.actors) bump(out.actors, e.actorId);
    if (bits === 0 || bits === BIT.sides) bump(out.sides, eventSide(e, ctx));
  }
  return out;
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

export function hasActiveFilters(f: EventFilters): boolean {
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
