/**
 * Places announced as taken, by a given date: the first territorial-claim event for each place
 * on or before that date. These are claims, shown as claims with their date — not a verified
 * front line.
 */
import type { IsoDate } from '../data/calendar';
import type { WarEvent } from '../data/schemas';
import { compareIds } from './compareIds';

/** Each place's first claim in the whole bundle, computed once per events array. */
const firstClaims = new WeakMap<readonly WarEvent[], Map<string, WarEvent>>();
function firstClaimOfEachPlace(events: readonly WarEvent[]): Map<string, WarEvent> {
  let first = firstClaims.get(events);
  if (first) return first;
  first = new Map();
  for (const e of events) {
    if (e.type !== 'territorial-claim') continue;
    for (const placeId of e.placeIds) {
      const prev = first.get(placeId);
      if (!prev || e.date < prev.date) first.set(placeId, e);
    }
  }
  firstClaims.set(events, first);
  return first;
}

/**
 * A place's first claim on or before `date` is its first claim overall, if that is not later
 * than `date`: so a change of date filters the per-place list instead of every event.
 */
export function selectClaimsBy(events: readonly WarEvent[], date: IsoDate): Map<string, WarEvent> {
  const byDate = new Map<string, WarEvent>();
  for (const [placeId, e] of firstClaimOfEachPlace(events)) if (e.date <= date) byDate.set(placeId, e);
  return byDate;
}

/** Territorial claims whose places lie in a region, oldest first. */
export function selectClaimsInRegion(
  events: readonly WarEvent[],
  regionOfPlace: (placeId: string) => string | undefined,
  regionId: string,
): WarEvent[] {
  return events
    .filter((e) => e.type === 'territorial-claim' && e.placeIds.some((p) => regionOfPlace(p) === regionId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : compareIds(a.id, b.id)));
}
