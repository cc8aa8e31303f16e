import { useCallback, useState } from 'react';
import { BrowserOnly } from '../ui/BrowserOnly';
import { isLocated } from '../data/isLocated';
import type { Regions } from '../data/schemas';
import type { GeoBounds } from '../model/eventsOutsideView';
import type { MapViewModel } from '../model/mapViewModel';
import { LeafletMap } from './lazyLeafletMap';
import { StaticMap } from './StaticMap';
import { useTilesOn } from './tileConsent';

interface Props {
  vm: MapViewModel;
  regions: Regions;
  /** The URL's `tiles`: a link only proposes online tiles (OnlineTilesSwitch). */
  tiles: boolean;
  selectedRegionId?: string;
  onSelect: (id: string | undefined) => void;
  onViewChange: (view: GeoBounds) => void;
  fitRequest?: { bounds: GeoBounds };
}

/** The map itself: the static picture first, then Leaflet over it. */
export function MapFrame({
  vm,
  regions,
  tiles,
  selectedRegionId,
  onSelect,
  onViewChange,
  fitRequest,
}: Props) {
  const { lookups, groups, claimsOnMap, selected, selectedPlace } = vm;
  // The static picture stays under Leaflet until Leaflet has drawn everything, then goes.
  const [leafletDrawn, setLeafletDrawn] = useState(false);
  const onDrawn = useCallback(() => setLeafletDrawn(true), []);
  // A view that the picture cannot show (a district or place zoomed to, online tiles) needs the
  // map at once; otherwise the map starts on the reader's first input.
  const tilesOn = useTilesOn(tiles);
  const needsMapNow = !!selected || !!selectedPlace || tilesOn;
  return (
    <div className="map-frame" data-event-markers={groups.length} data-claim-rings={claimsOnMap.drawn.length}>
      {leafletDrawn ? null : (
        <StaticMap placesById={lookups.placesById} claims={claimsOnMap.drawn} groups={groups} />
      )}
      <BrowserOnly frame={null} whenEngaged={!needsMapNow}>
        <LeafletMap
          regions={regions}
          districts={vm.districts}
          tiles={tilesOn}
          selectedRegionId={selectedRegionId}
          onSelect={onSelect}
          lookups={lookups}
          claims={claimsOnMap.drawn}
          groups={groups}
          onViewChange={onViewChange}
          fitRequest={fitRequest}
          fitRegion={selected}
          fitPlace={selectedPlace && isLocated(selectedPlace) ? selectedPlace : undefined}
          onDrawn={onDrawn}
        />
      </BrowserOnly>
    </div>
  );
}
