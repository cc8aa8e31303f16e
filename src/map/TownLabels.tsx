import { memo } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import { isLocated } from '../data/isLocated';
import type { Place } from '../data/schemas';
import { LABELLED_TOWNS } from './labelledTowns';


/** Static: memoised so a change of range never re-measures the labels. */
export const TownLabels = memo(function TownLabels({ placesById }: { placesById: ReadonlyMap<string, Place> }) {
  return (
    <>
      {LABELLED_TOWNS.map((id) => {
        const p = placesById.get(id);
        if (!p || !isLocated(p)) return null;
        return (
          <CircleMarker key={id} center={[p.lat, p.lon]} radius={2.5} interactive={false} pathOptions={{ color: '#111827', weight: 1, fillColor: '#111827', fillOpacity: 1 }}>
            <Tooltip permanent direction="right" offset={[4, 0]} className="town-label">
              {p.names.en}
            </Tooltip>
          </CircleMarker>
        );
      })}
    </>
  );
});
