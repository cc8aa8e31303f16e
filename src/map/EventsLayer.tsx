import { memo, useState } from 'react';
import { CircleMarker, Popup } from 'react-leaflet';
import type { WarEvent } from '../data/schemas';
import type { PlaceGroup } from '../model/eventsByPlace';
import { eventTypeStyle } from '../model/eventTypeStyle';
import type { Lookups } from '../model/lookups';
import { EventPopup } from './EventPopup';
import { EVENT_MARKER_FILL_OPACITY, eventMarkerRadius } from './markerStyle';
import { MARKER_PANE } from './panes';

/**
 * Events of the current range and filters, one marker per place (sized by count, coloured by
 * its most frequent type). Aggregation keeps the marker count at the number of places, so
 * 10,000 events pan as smoothly as 500; markers are SVG so that district shapes under them stay
 * clickable (a canvas above the shapes would take every click). One popup is shared by all
 * markers and mounted only while open, so the map does not build hundreds of hidden popups.
 */
export function EventsLayer({ groups, lookups, limit }: { groups: PlaceGroup[]; lookups: Lookups; limit?: number }) {
  const [openId, setOpenId] = useState<string | undefined>();
  const open = openId ? groups.find((g) => g.place.id === openId) : undefined;
  return (
    <>
      {groups.slice(0, limit).map((g) => (
        <EventMarker key={g.place.id} group={g} onOpen={setOpenId} />
      ))}
      {open ? (
        <Popup position={[open.place.lat, open.place.lon]} maxWidth={320} maxHeight={320} eventHandlers={{ remove: () => setOpenId(undefined) }}>
          <EventPopup place={open.place} events={open.events} lookups={lookups} />
        </Popup>
      ) : null}
    </>
  );
}

/** Re-renders only when its place's events change (same events, same group: see eventsByPlace). */
const EventMarker = memo(
  function EventMarker({ group: g, onOpen }: { group: PlaceGroup; onOpen: (placeId: string) => void }) {
    return (
      <CircleMarker
        center={[g.place.lat, g.place.lon]}
        radius={eventMarkerRadius(g.events.length)}
        pathOptions={{ color: '#ffffff', weight: 1, fillColor: eventTypeStyle[g.mainType].colour, fillOpacity: EVENT_MARKER_FILL_OPACITY }}
        pane={MARKER_PANE}
        eventHandlers={{ click: () => onOpen(g.place.id) }}
      />
    );
  },
  (a, b) => a.onOpen === b.onOpen && a.group.place === b.group.place && a.group.mainType === b.group.mainType && sameEvents(a.group.events, b.group.events),
);

function sameEvents(a: readonly WarEvent[], b: readonly WarEvent[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}
