import L from 'leaflet';
import { useMemo } from 'react';
import { CircleMarker, Popup } from 'react-leaflet';
import type { WarEvent } from '../data/schemas';
import { groupEventsByPlace } from '../model/eventsByPlace';
import { eventTypeStyle } from '../model/eventTypeStyle';
import type { Lookups } from '../model/lookups';
import { EventPopup } from './EventPopup';

/**
 * Events of the current range and filters, one marker per place (sized by count, coloured by
 * its most frequent type), drawn on a canvas so panning stays smooth however many there are.
 */
export function EventsLayer({ events, lookups }: { events: WarEvent[]; lookups: Lookups }) {
  const renderer = useMemo(() => L.canvas({ padding: 0.5 }), []);
  const groups = useMemo(() => groupEventsByPlace(events, lookups.placesById), [events, lookups]);
  return (
    <>
      {groups.map((g) => (
        <CircleMarker
          key={g.place.id}
          center={[g.place.lat, g.place.lon]}
          radius={4 + 2.2 * Math.sqrt(g.events.length)}
          pathOptions={{ color: '#ffffff', weight: 1, fillColor: eventTypeStyle[g.mainType].colour, fillOpacity: 0.85 }}
          renderer={renderer}
          eventHandlers={{ add: (e) => e.target.getElement?.()?.setAttribute('data-place', g.place.id) }}
        >
          <Popup maxWidth={320} maxHeight={320}>
            <EventPopup place={g.place} events={g.events} lookups={lookups} />
          </Popup>
        </CircleMarker>
      ))}
    </>
  );
}
