/**
 * Territorial claims as the map draws them on a given range: which are new (announced on the end
 * day, or in the selected range) and which were announced before it, which the other side
 * denied, and which places have no coordinates, so are listed beside the map instead of drawn.
 */
import type { IsoDate } from '../data/calendar';
import { isLocated } from '../data/isLocated';
import type { LocatedPlace, Place, WarEvent } from '../data/schemas';
import { compareIds } from './compareIds';

/** on-end-day: announced on the range's last day; in-range: earlier in the range; earlier: before it. */
export type ClaimRecency = 'on-end-day' | 'in-range' | 'earlier';

export interface DrawnClaim {
  place: LocatedPlace;
  claim: WarEvent;
  recency: ClaimRecency;
  denied: boolean;
}

export interface UnlocatedClaim {
  placeId: string;
  place?: Place;
  claim: WarEvent;
  recency: ClaimRecency;
  denied: boolean;
}

export interface ClaimsOnMap {
  drawn: DrawnClaim[];
  unlocated: UnlocatedClaim[];
}

export function recencyOf(date: IsoDate, from: IsoDate, to: IsoDate): ClaimRecency {
  return date === to ? 'on-end-day' : date >= from ? 'in-range' : 'earlier';
}

/**
 * `claims` is each place's first claim by the end day (selectClaimsBy). Earlier claims come first
 * in `drawn`, so the newer rings are drawn on top of them.
 */
export function splitClaimsForMap(
  claims: ReadonlyMap<string, WarEvent>,
  placesById: ReadonlyMap<string, Place>,
  from: IsoDate,
  to: IsoDate,
): ClaimsOnMap {
  const drawn: DrawnClaim[] = [];
  const unlocated: UnlocatedClaim[] = [];
  for (const [placeId, claim] of claims) {
    const place = placesById.get(placeId);
    const common = { claim, recency: recencyOf(claim.date, from, to), denied: claim.status === 'denied' };
    if (place && isLocated(place)) drawn.push({ place, ...common });
    else unlocated.push({ placeId, place, ...common });
  }
  const byDate = (a: { claim: WarEvent }, b: { claim: WarEvent }) =>
    a.claim.date < b.claim.date ? -1 : a.claim.date > b.claim.date ? 1 : compareIds(a.claim.id, b.claim.id);
  drawn.sort(byDate);
  unlocated.sort((a, b) => byDate(b, a)); // newest first: the reader looks for the day's claims
  return { drawn, unlocated };
}
