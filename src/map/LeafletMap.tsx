import 'leaflet/dist/leaflet.css';
import { MapContainer, Pane, ScaleControl, TileLayer } from 'react-leaflet';
import { TILE_HOST } from '../app/csp';
import type { LocatedPlace, RegionFeature, Regions, WarEvent } from '../data/schemas';
import type { PlaceGroup } from '../model/eventsByPlace';
import type { Lookups } from '../model/lookups';
import { ClaimsLayer } from './ClaimsLayer';
import { EventsLayer } from './EventsLayer';
import { FitToSelection } from './FitToSelection';
import { LABELLED_TOWNS } from './labelledTowns';
import { MARKER_PANE, MARKER_PANE_Z } from './panes';
import { RegionsLayer } from './RegionsLayer';
import { TownLabels } from './TownLabels';
import { revealedPerLayer, useStagedReveal } from './useStagedReveal';

/** The study area: Nagorno-Karabakh and the seven adjacent districts. */
const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [38.85, 45.75],
  [40.45, 47.25],
];

interface Props {
  regions: Regions;
  tiles: boolean;
  selectedRegionId?: string;
  onSelect: (id: string | undefined) => void;
  lookups: Lookups;
  claims: Map<string, WarEvent>;
  groups: PlaceGroup[];
  fitRegion?: RegionFeature;
  fitPlace?: LocatedPlace;
}

/** The Leaflet map itself; MapView computes what it shows and keeps everything around it. */
export default function LeafletMap({ regions, tiles, selectedRegionId, onSelect, lookups, claims, groups, fitRegion, fitPlace }: Props) {
  // Drawn in order: districts, town labels, claim rings, event markers.
  const sizes = [regions.features.length, LABELLED_TOWNS.length, claims.size, groups.length];
  const revealed = useStagedReveal(sizes.reduce((a, b) => a + b, 0));
  const [regionCount, townCount, claimCount, groupCount] = revealedPerLayer(revealed, sizes);
  return (
    <MapContainer bounds={INITIAL_BOUNDS} className="map" scrollWheelZoom={false} attributionControl>
      {tiles ? (
        <TileLayer url={`${TILE_HOST}/{z}/{x}/{y}.png`} attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' maxZoom={18} />
      ) : null}
      <RegionsLayer regions={regions} selectedId={selectedRegionId} onSelect={onSelect} limit={regionCount} />
      <TownLabels placesById={lookups.placesById} limit={townCount} />
      <Pane name={MARKER_PANE} style={{ zIndex: MARKER_PANE_Z }}>
        <ClaimsLayer claims={claims} lookups={lookups} limit={claimCount} />
        <EventsLayer groups={groups} lookups={lookups} limit={groupCount} />
      </Pane>
      <ScaleControl position="bottomleft" imperial={false} />
      <FitToSelection region={fitRegion} place={fitPlace} />
    </MapContainer>
  );
}
