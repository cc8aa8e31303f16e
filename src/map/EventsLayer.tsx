import { MARKER_PANE } from './panes';
import { memo } from 'react';
import { CircleMarker, Popup } from 'react-leaflet';
import type { WarEvent } from '../data/schemas';
import type { PlaceGroup } from '../model/eventsByPlace';
import { eventTypeStyle } from '../model/eventTypeStyle';
import type { Lookups } from '../model/lookups';
import { EventPopup } from './EventPopup';

/**
 * Events of the current range and filters, one marker per place (sized by count, coloured by
 * its most frequent type). Aggregation keeps the marker count at the number of places, so
 * 10,000 events pan as smoothly as 500; markers are SVG so that district shapes under them stay
 * clickable (a canvas above the shapes would take every click).
 */
export function EventsLayer({ groups, lookups }: { groups: PlaceGroup[]; lookups: Lookups }) {
  return (
    <>
      {groups.map((g) => (
        <EventMarker key={g.place.id} group={g} lookups={lookups} />
      ))}
    </>
  );
}

/** Re-renders only when its place's events change (same events, same group: see eventsByPlace). */
const EventMarker = memo(
  function EventMarker({ group: g, lookups }: { group: PlaceGroup; lookups: Lookups }) {
    return (
      <CircleMarker
        center={[g.place.lat, g.place.lon]}
        radius={4 + 2.2 * Math.sqrt(g.events.length)}
        pathOptions={{ color: '#ffffff', weight: 1, fillColor: eventTypeStyle[g.mainType].colour, fillOpacity: 0.85 }}
        pane={MARKER_PANE}
      >
        <Popup maxWidth={320} maxHeight={320}>
          <EventPopup place={g.place} events={g.events} lookups={lookups} />
        </Popup>
      </CircleMarker>
    );
  },
  (a, b) => a.lookups === b.lookups && a.group.place === b.group.place && a.group.mainType === b.group.mainType && sameEvents(a.group.events, b.group.events),
);

function sameEvents(a: readonly WarEvent[], b: readonly WarEvent[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}
