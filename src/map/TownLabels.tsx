import { CircleMarker, Tooltip } from 'react-leaflet';
import { isLocated, type Place } from '../data/schemas';
import { LABELLED_TOWNS } from './labelledTowns';


export function TownLabels({ placesById }: { placesById: ReadonlyMap<string, Place> }) {
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
}
