/**
 * Places announced as taken, by a given date: the first territorial-claim event for each place
 * on or before that date. These are claims, shown as claims with their date — not a verified
 * front line.
 */
import type { IsoDate } from '../data/calendar';
import type { WarEvent } from '../data/schemas';

export function selectClaimsBy(events: readonly WarEvent[], date: IsoDate): Map<string, WarEvent> {
  const firstClaim = new Map<string, WarEvent>();
  for (const e of events) {
    if (e.type !== 'territorial-claim' || e.date > date) continue;
    for (const placeId of e.placeIds) {
      const prev = firstClaim.get(placeId);
      if (!prev || e.date < prev.date) firstClaim.set(placeId, e);
    }
  }
  return firstClaim;
}

/** Territorial claims whose places lie in a region, oldest first. */
export function selectClaimsInRegion(
  events: readonly WarEvent[],
  regionOfPlace: (placeId: string) => string | undefined,
  regionId: string,
): WarEvent[] {
  return events
    .filter((e) => e.type === 'territorial-claim' && e.placeIds.some((p) => regionOfPlace(p) === regionId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
}
