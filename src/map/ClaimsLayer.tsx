import { memo } from 'react';
import type { LeafletEvent, Path } from 'leaflet';
import { CircleMarker } from 'react-leaflet';
import type { DrawnClaim } from '../model/claimsByDay';
import type { Lookups } from '../model/lookups';
import { ringOptions, ringText } from './claimStyle';
import { MARKER_PANE } from './panes';
import { keepTooltipInside } from './tooltipPlacement';

/**
 * Places announced as taken by the end of the selected range: a ring, distinct from the event
 * markers, styled by when the claim was announced and whether the other side denied it, with its
 * date and claimant. A claim, not a verified front line.
 */
export function ClaimsLayer({
  claims,
  lookups,
  limit,
}: {
  claims: readonly DrawnClaim[];
  lookups: Lookups;
  limit?: number;
}) {
  return (
    <>
      {claims.slice(0, limit).map((c) => (
        <ClaimRing
          key={c.place.id}
          claim={c}
          actorName={lookups.actorsById.get(c.claim.actorId)?.name ?? c.claim.actorId}
        />
      ))}
    </>
  );
}

/**
 * Memoised, and keyed by place with its style in the key's props: moving the end date restyles
 * only the rings whose recency changed. The tooltip is Leaflet's own, its text a DOM node.
 */
const ClaimRing = memo(function ClaimRing({ claim: c, actorName }: { claim: DrawnClaim; actorName: string }) {
  const { radius, ...style } = ringOptions(c);
  const bind = (e: LeafletEvent) => {
    const layer = e.target as Path;
    layer.getElement()?.setAttribute('data-claim', `${c.recency}${c.denied ? ' denied' : ''}`);
    // Not a tab stop (its tooltip's focus listener would make it one): the claims are in the timeline's list.
    layer.getElement()?.setAttribute('tabindex', '-1');
    layer.bindTooltip(() => {
      const el = document.createElement('span');
      el.textContent = ringText(c, actorName);
      return el;
    });
    keepTooltipInside(layer);
  };
  return (
    <CircleMarker
      center={[c.place.lat, c.place.lon]}
      radius={radius ?? 7}
      pathOptions={style}
      pane={MARKER_PANE}
      eventHandlers={{ add: bind }}
    />
  );
});
