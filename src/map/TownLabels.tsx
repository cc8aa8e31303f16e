import { divIcon } from 'leaflet';
import { memo, useMemo } from 'react';
import { CircleMarker, Marker } from 'react-leaflet';
import type { LocatedPlace, Place } from '../data/schemas';
import { labelledTowns } from './labelledTowns';

/**
 * The main towns, each a dot and a label with both toponyms. Labels are div icons rather than
 * permanent tooltips: a tooltip measures itself (offsetWidth) each time it is placed, which forces
 * a layout per label on the first render and on every zoom; an icon is only moved.
 */
export const TownLabels = memo(function TownLabels({ placesById, limit }: { placesById: ReadonlyMap<string, Place>; limit?: number }) {
  const towns = useMemo(() => labelledTowns(placesById), [placesById]);
  return (
    <>
      {towns.slice(0, limit).map((p) => (
        <Town key={p.id} place={p} />
      ))}
    </>
  );
});

const DOT = { color: '#111827', weight: 1, fillColor: '#111827', fillOpacity: 1 };

/** Memoised, so a town's label icon is built once (a new icon would make Leaflet replace it). */
const Town = memo(function Town({ place: p }: { place: LocatedPlace }) {
  const icon = useMemo(() => labelIcon(p.names.en), [p.names.en]);
  return (
    <>
      <CircleMarker center={[p.lat, p.lon]} radius={2.5} interactive={false} pathOptions={DOT} />
      <Marker position={[p.lat, p.lon]} icon={icon} interactive={false} keyboard={false} pane="tooltipPane" />
    </>
  );
});

/** The name as a text node: never parsed as HTML. */
function labelIcon(name: string) {
  const text = document.createElement('span');
  text.textContent = name;
  return divIcon({ className: 'town-label', html: text, iconSize: undefined, iconAnchor: [-6, 8] });
}
