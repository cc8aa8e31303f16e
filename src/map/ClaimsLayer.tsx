import { MARKER_PANE } from './panes';
import { memo } from 'react';
import type { Layer, LeafletEvent, Path } from 'leaflet';
import { CircleMarker } from 'react-leaflet';
import { formatDay } from '../data/calendar';
import { isLocated } from '../data/isLocated';
import type { LocatedPlace, WarEvent } from '../data/schemas';
import type { Lookups } from '../model/lookups';

/**
 * Places announced as taken by the end of the selected range: a dashed ring, distinct from the
 * event markers, with the announcement's date and claimant. A claim, not a verified front line.
 */
export function ClaimsLayer({ claims, lookups, limit }: { claims: Map<string, WarEvent>; lookups: Lookups; limit?: number }) {
  return (
    <>
      {[...claims].slice(0, limit).map(([placeId, e]) => {
        const place = lookups.placesById.get(placeId);
        if (!place || !isLocated(place)) return null;
        return <ClaimRing key={placeId} place={place} claim={e} actorName={lookups.actorsById.get(e.actorId)?.name ?? e.actorId} />;
      })}
    </>
  );
}

const RING = { color: '#0072b2', weight: 2, dashArray: '3 2', fill: false };

/**
 * Memoised: moving the end date adds rings without touching the others. The tooltip is Leaflet's
 * own, bound with a function so its text (a DOM node, never HTML) is built only when shown.
 */
const ClaimRing = memo(function ClaimRing({ place, claim, actorName }: { place: LocatedPlace; claim: WarEvent; actorName: string }) {
  const bind = (e: LeafletEvent) => {
    // Not a tab stop of its own (Chromium focuses an SVG shape with focus listeners): the ring's
    // words are in the district card and the legend (issue 19).
    (e.target as Path).getElement()?.setAttribute('tabindex', '-1');
    (e.target as Layer).bindTooltip(() => {
      const el = document.createElement('span');
      el.textContent = `${place.names.en}: announced as taken on ${formatDay(claim.date)} by ${actorName} (claim)`;
      return el;
    });
  };
  return <CircleMarker center={[place.lat, place.lon]} radius={7} pathOptions={RING} pane={MARKER_PANE} eventHandlers={{ add: bind }} />;
});
