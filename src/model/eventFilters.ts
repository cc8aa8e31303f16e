/**
 * Which events the reader is looking at: the date range plus the filters, as pure functions of
 * the bundle and the view state. `selectFilteredEvents` is what the map and the list draw;
 * `facetCounts` gives the number beside each filter option.
 */
import type { Actor, EventStatus, EventType, Place, WarEvent } from '../data/schemas';
import type { Side, ViewState } from '../state/viewState';

export interface EventContext {
  actorsById: ReadonlyMap<string, Actor>;
  placesById: ReadonlyMap<string, Place>;
}

export type EventFilters = Pick<
  ViewState,
  'from' | 'to' | 'types' | 'actors' | 'sides' | 'statuses' | 'region' | 'place' | 'q'
>;

type Dimension = 'date' | 'types' | 'actors' | 'sides' | 'statuses' | 'region' | 'place' | 'q';

function eventSide(e: WarEvent, ctx: EventContext): Side | undefined {
  return ctx.actorsById.get(e.actorId)?.side;
}

function inRegion(e: WarEvent, regionId: string, ctx: EventContext): boolean {
  return e.placeIds.some((p) => ctx.placesById.get(p)?.regionId === regionId);
}

function matchesText(e: WarEvent, q: string, ctx: EventContext): boolean {
  const needle = q.toLocaleLowerCase();
  if (e.summary.toLocaleLowerCase().includes(needle)) return true;
  return e.placeIds.some((p) => {
    const n = ctx.placesById.get(p)?.names;
    return !!n && [n.en, n.az, n.hy, n.ru].some((s) => s.toLocaleLowerCase().includes(needle));
  });
}

/** Does the event pass every filter except the ones named in `skip`? */
export function passes(e: WarEvent, f: EventFilters, ctx: EventContext, skip?: Dimension): boolean {
  if (skip !== 'date' && (e.date < f.from || e.date > f.to)) return false;
  if (skip !== 'types' && f.types.length && !f.types.includes(e.type)) return false;
  if (skip !== 'statuses' && f.statuses.length && !f.statuses.includes(e.status)) return false;
  if (skip !== 'actors' && f.actors.length && !f.actors.includes(e.actorId)) return false;
  if (skip !== 'sides' && f.sides.length) {
    const side = eventSide(e, ctx);
    if (!side || !f.sides.includes(side)) return false;
  }
  if (skip !== 'place' && f.place && !e.placeIds.includes(f.place)) return false;
  if (skip !== 'region' && f.region && !inRegion(e, f.region, ctx)) return false;
  if (skip !== 'q' && f.q.trim() && !matchesText(e, f.q.trim(), ctx)) return false;
  return true;
}

/** Events in range and filters, oldest first (the bundle order is by date, then id). */
export function selectFilteredEvents(events: readonly WarEvent[], f: EventFilters, ctx: EventContext): WarEvent[] {
  return events.filter((e) => passes(e, f, ctx));
}

/** Events that pass every filter but the date: what the daily bars count. */
export function selectEventsIgnoringDate(events: readonly WarEvent[], f: EventFilters, ctx: EventContext): WarEvent[] {
  return events.filter((e) => passes(e, f, ctx, 'date'));
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
 * faceted-search convention, so ticking an option never makes the others read zero.
 */
export function facetCounts(events: readonly WarEvent[], f: EventFilters, ctx: EventContext): FacetCounts {
  const out: FacetCounts = { types: new Map(), statuses: new Map(), actors: new Map(), sides: new Map() };
  for (const e of events) {
    if (passes(e, f, ctx, 'types')) bump(out.types, e.type);
    if (passes(e, f, ctx, 'statuses')) bump(out.statuses, e.status);
    if (passes(e, f, ctx, 'actors')) bump(out.actors, e.actorId);
    if (passes(e, f, ctx, 'sides')) bump(out.sides, eventSide(e, ctx));
  }
  return out;
}

export function hasActiveFilters(f: EventFilters): boolean {
  return !!(f.types.length || f.actors.length || f.sides.length || f.statuses.length || f.region || f.place || f.q.trim());
}
