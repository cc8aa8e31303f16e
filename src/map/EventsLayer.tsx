import { MARKER_PANE } from './panes';
import { CircleMarker, Popup } from 'react-leaflet';
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
        <CircleMarker
          key={g.place.id}
          center={[g.place.lat, g.place.lon]}
          radius={4 + 2.2 * Math.sqrt(g.events.length)}
          pathOptions={{ color: '#ffffff', weight: 1, fillColor: eventTypeStyle[g.mainType].colour, fillOpacity: 0.85 }}
          pane={MARKER_PANE}
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
