import { divIcon } from 'leaflet';
import { memo, useEffect, useMemo, useState } from 'react';
import { CircleMarker, Marker, useMap } from 'react-leaflet';
import type { LocatedPlace, Place, RegionFeature } from '../data/schemas';
import type { LabelView, PlacedLabel } from '../model/labelLayout';
import { STUDY_AREA_BOUNDS } from './studyArea';
import { labelledTowns } from './labelledTowns';
import {
  DISTRICT_LABEL_ZOOM,
  districtCandidates,
  labelPoint,
  layoutLabels,
  townCandidates,
} from './mapLabels';

interface Props {
  placesById: ReadonlyMap<string, Place>;
  districts: readonly RegionFeature[];
  limit?: number;
}

/**
 * The main towns, each a dot and a label with both toponyms, and, zoomed in, the districts'
 * names. Which labels show, and where, is decided again after each zoom or move (mapLabels.ts),
 * so that no label overprints another or runs off the map. Labels are div icons rather than
 * permanent tooltips: a tooltip measures itself each time it is placed; an icon is only moved.
 */
export const TownLabels = memo(function TownLabels({ placesById, districts, limit }: Props) {
  const map = useMap();
  const towns = useMemo(() => labelledTowns(placesById), [placesById]);
  const [layout, setLayout] = useState<Map<string, PlacedLabel>>(new Map());
  useEffect(() => {
    // Until the map first moves, labels keep to the study area, as the static picture's do, so
    // that the two show the same labels in the same places.
    let firstView = true;
    const update = () => {
      const project = (lat: number, lon: number) => map.latLngToContainerPoint([lat, lon]);
      const candidates = townCandidates(towns, project);
      if (map.getZoom() >= DISTRICT_LABEL_ZOOM) candidates.push(...districtCandidates(districts, project));
      const size = map.getSize();
      setLayout(
        layoutLabels(
          candidates,
          firstView ? studyAreaView(project, size) : { width: size.x, height: size.y },
        ),
      );
    };
    const moved = () => (firstView = false);
    update();
    map.on('zoomend moveend resize', update);
    map.on('movestart zoomstart', moved);
    return () => void map.off('zoomend moveend resize', update).off('movestart zoomstart', moved);
  }, [map, towns, districts]);
  return (
    <>
      {towns.slice(0, limit).map((p) => (
        <Town key={p.id} place={p} placed={layout.get(p.id)} />
      ))}
      {districts.map((d) => {
        const placed = layout.get(d.properties.id);
        return placed ? <DistrictName key={d.properties.id} district={d} placed={placed} /> : null;
      })}
    </>
  );
});

/** The study area on screen, within the map's frame. */
function studyAreaView(
  project: (lat: number, lon: number) => { x: number; y: number },
  size: { x: number; y: number },
): LabelView {
  const [[south, west], [north, east]] = STUDY_AREA_BOUNDS;
  const [nw, se] = [project(north, west), project(south, east)];
  const [left, top] = [Math.max(0, nw.x), Math.max(0, nw.y)];
  return { left, top, width: Math.min(size.x, se.x) - left, height: Math.min(size.y, se.y) - top };
}

const DOT = { color: '#111827', weight: 1, fillColor: '#111827', fillOpacity: 1 };

/** Memoised, so a town's label icon is rebuilt only when its place changes (a new icon makes Leaflet replace it). */
const Town = memo(function Town({ place: p, placed }: { place: LocatedPlace; placed?: PlacedLabel }) {
  const [ax, ay] = placed?.anchor ?? [0, 0];
  const width = placed?.box.width;
  const icon = useMemo(
    () => (width ? labelIcon(p.names.en, 'town-label', width, ax, ay) : undefined),
    [p.names.en, width, ax, ay],
  );
  return (
    <>
      <CircleMarker center={[p.lat, p.lon]} radius={2.5} interactive={false} pathOptions={DOT} />
      {icon ? (
        <Marker
          position={[p.lat, p.lon]}
          icon={icon}
          interactive={false}
          keyboard={false}
          pane="tooltipPane"
        />
      ) : null}
    </>
  );
});

const DistrictName = memo(function DistrictName({
  district,
  placed,
}: {
  district: RegionFeature;
  placed: PlacedLabel;
}) {
  const [ax, ay] = placed.anchor;
  const icon = useMemo(
    () => labelIcon(district.properties.names.en, 'district-label', placed.box.width, ax, ay),
    [district, placed.box.width, ax, ay],
  );
  const [lon, lat] = useMemo(() => labelPoint(district), [district]);
  return <Marker position={[lat, lon]} icon={icon} interactive={false} keyboard={false} pane="tooltipPane" />;
});

/** The name as a text node, never parsed as HTML, in the box the layout placed. */
function labelIcon(name: string, className: string, width: number, ax: number, ay: number) {
  const text = document.createElement('span');
  text.textContent = name;
  return divIcon({ className, html: text, iconSize: [width, 16], iconAnchor: [ax, ay] });
}
