import { MARKER_PANE } from './panes';
import { CircleMarker, Tooltip } from 'react-leaflet';
import { formatDay } from '../data/calendar';
import { isLocated, type WarEvent } from '../data/schemas';
import type { Lookups } from '../model/lookups';

/**
 * Places announced as taken by the end of the selected range: a dashed ring, distinct from the
 * event markers, with the announcement's date and claimant. A claim, not a verified front line.
 */
export function ClaimsLayer({ claims, lookups }: { claims: Map<string, WarEvent>; lookups: Lookups }) {
  return (
    <>
      {[...claims].map(([placeId, e]) => {
        const place = lookups.placesById.get(placeId);
        if (!place || !isLocated(place)) return null;
        return (
          <CircleMarker
            key={placeId}
            center={[place.lat, place.lon]}
            radius={7}
            pathOptions={{ color: '#0072b2', weight: 2, dashArray: '3 2', fill: false }}
            pane={MARKER_PANE}
          >
            <Tooltip>
              {place.names.en}: announced as taken on {formatDay(e.date)} by {lookups.actorsById.get(e.actorId)?.name ?? e.actorId} (claim)
            </Tooltip>
          </CircleMarker>
        );
      })}
    </>
  );
}
