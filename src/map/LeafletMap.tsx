import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMapInstance } from 'leaflet';
import { useEffect } from 'react';
import { MapContainer, Pane, ScaleControl, TileLayer, useMap } from 'react-leaflet';
import { TILE_HOST } from './tileHost';
import type { LocatedPlace, RegionFeature, Regions } from '../data/schemas';
import type { DrawnClaim } from '../model/claimsByDay';
import type { PlaceGroup } from '../model/eventsByPlace';
import type { GeoBounds } from '../model/eventsOutsideView';
import type { Lookups } from '../model/lookups';
import { ClaimsLayer } from './ClaimsLayer';
import { EventsLayer } from './EventsLayer';
import { FitToSelection } from './FitToSelection';
import { LABELLED_TOWNS } from './labelledTowns';
import { MapBehaviour } from './MapBehaviour';
import { MARKER_PANE, MARKER_PANE_Z } from './panes';
import { RegionsLayer } from './RegionsLayer';
import { STUDY_AREA_BOUNDS } from './studyArea';
import { TownLabels } from './TownLabels';
import { revealedPerLayer, useStagedReveal } from './useStagedReveal';

interface Props {
  regions: Regions;
  /** The districts a reader can select, named on the map when zoomed in. */
  districts: readonly RegionFeature[];
  tiles: boolean;
  selectedRegionId?: string;
  onSelect: (id: string | undefined) => void;
  lookups: Lookups;
  claims: readonly DrawnClaim[];
  groups: PlaceGroup[];
  fitRegion?: RegionFeature;
  fitPlace?: LocatedPlace;
  onViewChange?: (view: GeoBounds) => void;
  fitRequest?: { bounds: GeoBounds };
  /** Called once every shape and marker has been drawn (MapView then drops the static picture). */
  onDrawn?: () => void;
}

/** The Leaflet map itself; MapView computes what it shows and keeps everything around it. */
export default function LeafletMap(props: Props) {
  const {
    regions,
    districts,
    tiles,
    selectedRegionId,
    onSelect,
    lookups,
    claims,
    groups,
    fitRegion,
    fitPlace,
    onDrawn,
  } = props;
  // Drawn in order: districts, town labels, claim rings, event markers.
  const sizes = [regions.features.length, LABELLED_TOWNS.length, claims.length, groups.length];
  const total = sizes.reduce((a, b) => a + b, 0);
  const revealed = useStagedReveal(total);
  const [regionCount, townCount, claimCount, groupCount] = revealedPerLayer(revealed, sizes);
  return (
    // The first view fits the study area exactly (zoomSnap 0), as the static picture does, so the
    // map takes the picture's place without a jump; zooms after it snap to whole levels again.
    <MapContainer
      bounds={STUDY_AREA_BOUNDS}
      zoomSnap={0}
      ref={snapZoomAfterFirstFit}
      className="map map--drawing"
      scrollWheelZoom={false}
      attributionControl
    >
      {tiles ? (
        <TileLayer
          url={`${TILE_HOST}/{z}/{x}/{y}.png`}
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
          maxZoom={18}
        />
      ) : null}
      <RegionsLayer
        regions={regions}
        districts={districts}
        selectedId={selectedRegionId}
        onSelect={onSelect}
        limit={regionCount}
      />
      <TownLabels placesById={lookups.placesById} districts={districts} limit={townCount} />
      <Pane name={MARKER_PANE} style={{ zIndex: MARKER_PANE_Z }}>
        <ClaimsLayer claims={claims} lookups={lookups} limit={claimCount} />
        <EventsLayer groups={groups} lookups={lookups} limit={groupCount} />
      </Pane>
      <ScaleControl position="bottomleft" imperial={false} />
      <FitToSelection region={fitRegion} place={fitPlace} />
      <MapBehaviour onViewChange={props.onViewChange} fitRequest={props.fitRequest} />
      <RevealWhenDrawn drawn={revealed >= total} onDrawn={onDrawn} />
    </MapContainer>
  );
}

/** MapContainer hands its map over once it has made the first fit: later zooms snap to whole levels. */
function snapZoomAfterFirstFit(map: LeafletMapInstance | null): void {
  if (map) map.options.zoomSnap = 1;
}

/** Shows the map (app.css hides a map that is still drawing) and says so, once all is drawn. */
function RevealWhenDrawn({ drawn, onDrawn }: { drawn: boolean; onDrawn?: () => void }) {
  const map = useMap();
  useEffect(() => {
    if (!drawn) return;
    map.getContainer().classList.remove('map--drawing');
    onDrawn?.();
  }, [map, drawn, onDrawn]);
  return null;
}
