import { memo, useEffect, useRef } from 'react';
import type { CircleMarker as LeafletCircleMarker, LeafletEvent, Path } from 'leaflet';
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
 * Memoised on what it draws, not on the object that carries it: the claims are split afresh at
 * every step of the range, and a ring given a new object set its style and position again, so
 * Leaflet rewrote every ring's path and the map repainted at each step. Now moving the end date
 * restyles only the rings whose recency changed. The tooltip is Leaflet's own, its text a DOM node.
 */
const ClaimRing = memo(
  function ClaimRing({ claim: c, actorName }: { claim: DrawnClaim; actorName: string }) {
    const { radius, ...style } = ringOptions(c);
    const ring = useRef<LeafletCircleMarker>(null);
    // The ring outlives a change of recency (same place, same layer): its tooltip reads the
    // claim as it is now, and its data attribute follows.
    const latest = useRef(c);
    const state = `${c.recency}${c.denied ? ' denied' : ''}`;
    useEffect(() => {
      latest.current = c;
      ring.current?.getElement()?.setAttribute('data-claim', state);
    }, [c, state]);
    const bind = (e: LeafletEvent) => {
      const layer = e.target as Path;
      layer.getElement()?.setAttribute('data-claim', state);
      // Not a tab stop (its tooltip's focus listener would make it one): the claims are in the timeline's list.
      layer.getElement()?.setAttribute('tabindex', '-1');
      layer.bindTooltip(() => {
        const el = document.createElement('span');
        el.textContent = ringText(latest.current, actorName);
        return el;
      });
      keepTooltipInside(layer);
    };
    return (
      <CircleMarker
        ref={ring}
        center={[c.place.lat, c.place.lon]}
        radius={radius ?? 7}
        pathOptions={style}
        pane={MARKER_PANE}
        eventHandlers={{ add: bind }}
      />
    );
  },
  (a, b) =>
    a.actorName === b.actorName &&
    a.claim.claim === b.claim.claim &&
    a.claim.place === b.claim.place &&
    a.claim.recency === b.claim.recency &&
    a.claim.denied === b.claim.denied,
);
