import { divIcon } from 'leaflet';
import { memo, useEffect, useMemo, useState } from 'react';
import { CircleMarker, Marker, useMap } from 'react-leaflet';
import type { LocatedPlace, Place, RegionFeature } from '../data/schemas';
import { estimateLabelWidth, LABEL_GAP, LABEL_HEIGHT, type LabelSide } from '../model/labelLayout';
import { labelledTowns } from './labelledTowns';
import { DISTRICT_LABEL_ZOOM, districtCandidates, labelPoint, layoutLabels, townCandidates } from './mapLabels';

interface Props {
  placesById: ReadonlyMap<string, Place>;
  districts: readonly RegionFeature[];
  limit?: number;
}

/**
 * The main towns, each a dot and a label with both toponyms, and, zoomed in, the districts'
 * names. Which labels show is decided again after each zoom or move (mapLabels.ts), so that no
 * label overprints another or runs off the map. Labels are div icons rather than permanent
 * tooltips: a tooltip measures itself each time it is placed; an icon is only moved.
 */
export const TownLabels = memo(function TownLabels({ placesById, districts, limit }: Props) {
  const map = useMap();
  const towns = useMemo(() => labelledTowns(placesById), [placesById]);
  const [layout, setLayout] = useState<Map<string, LabelSide>>(new Map());
  useEffect(() => {
    const update = () => {
      const project = (lat: number, lon: number) => map.latLngToContainerPoint([lat, lon]);
      const candidates = townCandidates(towns, project);
      if (map.getZoom() >= DISTRICT_LABEL_ZOOM) candidates.push(...districtCandidates(districts, project));
      const size = map.getSize();
      setLayout(layoutLabels(candidates, { width: size.x, height: size.y }));
    };
    update();
    map.on('zoomend moveend resize', update);
    return () => void map.off('zoomend moveend resize', update);
  }, [map, towns, districts]);
  return (
    <>
      {towns.slice(0, limit).map((p) => (
        <Town key={p.id} place={p} side={layout.get(p.id)} />
      ))}
      {districts.map((d) => {
        const side = layout.get(d.properties.id);
        return side ? <DistrictName key={d.properties.id} district={d} /> : null;
      })}
    </>
  );
});

const DOT = { color: '#111827', weight: 1, fillColor: '#111827', fillOpacity: 1 };

/** Memoised, so a town's label icon is built once per side (a new icon would make Leaflet replace it). */
const Town = memo(function Town({ place: p, side }: { place: LocatedPlace; side?: LabelSide }) {
  const icon = useMemo(() => (side ? labelIcon(p.names.en, side, 'town-label') : undefined), [p.names.en, side]);
  return (
    <>
      <CircleMarker center={[p.lat, p.lon]} radius={2.5} interactive={false} pathOptions={DOT} />
      {icon ? <Marker position={[p.lat, p.lon]} icon={icon} interactive={false} keyboard={false} pane="tooltipPane" /> : null}
    </>
  );
});

const DistrictName = memo(function DistrictName({ district }: { district: RegionFeature }) {
  const icon = useMemo(() => labelIcon(district.properties.names.en, 'centre', 'district-label'), [district]);
  const [lon, lat] = useMemo(() => labelPoint(district), [district]);
  return <Marker position={[lat, lon]} icon={icon} interactive={false} keyboard={false} pane="tooltipPane" />;
});

/** The name as a text node, never parsed as HTML, in a box as wide as the layout assumed. */
function labelIcon(name: string, side: LabelSide, className: string) {
  const text = document.createElement('span');
  text.textContent = name;
  const width = estimateLabelWidth(name);
  const x = side === 'right' ? -LABEL_GAP : side === 'left' ? width + LABEL_GAP : width / 2;
  return divIcon({ className, html: text, iconSize: [width, LABEL_HEIGHT], iconAnchor: [x, LABEL_HEIGHT / 2] });
}
