import { Disclosure } from '../ui/Disclosure';
import { formatDay } from '../data/calendar';
import type { UnlocatedClaim } from '../model/claimsByDay';
import type { Lookups } from '../model/lookups';

/** Claims at places the gazetteer cannot locate: listed beside the map, since they cannot be drawn. */
export function UnlocatedClaims({
  claims,
  lookups,
  toLabel,
}: {
  claims: readonly UnlocatedClaim[];
  lookups: Lookups;
  toLabel: string;
}) {
  if (!claims.length) return null;
  return (
    <Disclosure className="unlocated-claims" summary={`Claims at places not on the map (${claims.length})`}>
      <p className="muted">
        These places were announced as taken by {toLabel}, but no coordinates were found for them in the
        gazetteer's sources, so they have no ring on the map.
      </p>
      <ul className="unlocated-claims__list">
        {claims.map((c) => (
          <li key={c.placeId}>
            <strong>{c.place?.names.en ?? c.placeId}</strong> — {formatDay(c.claim.date)},{' '}
            {lookups.actorsById.get(c.claim.actorId)?.name ?? c.claim.actorId}
            {c.recency === 'on-end-day' ? ' (on the end day)' : ''}
            {c.denied ? '; the other side denied it' : ''}
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
