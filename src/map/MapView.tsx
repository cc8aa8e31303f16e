import { useCallback, useState } from 'react';
import { formatDay } from '../data/calendar';
import type { Actor, Place, Regions, Source, WarEvent } from '../data/schemas';
import { districtSummary, eventsOutside, mapViewModel } from '../model/mapViewModel';
import type { GeoBounds } from '../model/eventsOutsideView';
import { STUDY_AREA_BOUNDS } from './studyArea';
import { UnlocatedClaims } from './UnlocatedClaims';
import { OutsideView } from './OutsideView';
import { useDeferredViewState } from '../state/useDeferredViewState';
import { PANES } from '../ui/panes';
import { AnnouncedTotals } from './AnnouncedTotals';
import { DistrictList } from './DistrictList';
import { MapLegend } from './MapLegend';
import { MapFrame } from './MapFrame';
import { OnlineTilesSwitch } from './OnlineTilesSwitch';
import { DistrictCard } from './DistrictCard';
import { countLabel } from '../model/countLabel';

const [[SOUTH, WEST], [NORTH, EAST]] = STUDY_AREA_BOUNDS;
/** The first view, until Leaflet reports its own frame. */
const FIRST_VIEW: GeoBounds = { south: SOUTH, west: WEST, north: NORTH, east: EAST };

interface Props {
  regions: Regions;
  places: Place[];
  events: WarEvent[];
  actors: Actor[];
  sources: Source[];
}

/** The map pane: it draws what src/model/mapViewModel.ts derives from the bundle and the URL. */
export function MapView({ regions, places, events, actors, sources }: Props) {
  const [state, write] = useDeferredViewState();
  const vm = mapViewModel({ regions, places, events, actors, sources }, state);
  const { groups, claimsOnMap, selected } = vm;
  const [view, setView] = useState(FIRST_VIEW);
  const outside = eventsOutside(groups, view);
  const [fitRequest, setFitRequest] = useState<{ bounds: GeoBounds }>();
  const select = useCallback((id: string | undefined) => write({ region: id, place: undefined }), [write]);

  return (
    <section className="pane pane--map" id={PANES.map.id} aria-label={PANES.map.label}>
      <div className="pane__head">
        <h2>Map</h2>
        <OnlineTilesSwitch on={state.tiles} onChange={(tiles) => write({ tiles })} />
      </div>
      <p className="pane__lede">
        {countLabel(vm.filtered.length, 'event')}, {countLabel(groups.length, 'place')} on the map,{' '}
        {formatDay(state.from)} – {formatDay(state.to)}. Rings: places Azerbaijan announced as taken by{' '}
        {formatDay(state.to)}.
      </p>
      <MapFrame
        vm={vm}
        regions={regions}
        tiles={state.tiles}
        selectedRegionId={state.region}
        onSelect={select}
        onViewChange={setView}
        fitRequest={fitRequest}
      />
      <OutsideView count={outside} onFit={() => vm.results && setFitRequest({ bounds: vm.results })} />
      <MapLegend
        types={vm.typesShown}
        claims={claimsOnMap}
        fromLabel={formatDay(state.from)}
        toLabel={formatDay(state.to)}
      />
      <UnlocatedClaims claims={claimsOnMap.unlocated} lookups={vm.lookups} toLabel={formatDay(state.to)} />
      <AnnouncedTotals
        totals={vm.totals}
        named={claimsOnMap.drawn.length + claimsOnMap.unlocated.length}
        toLabel={formatDay(state.to)}
      />
      <h3 className="visually-hidden">Districts</h3>
      <DistrictList districts={vm.districts} selectedId={state.region} onSelect={select} />
      {selected ? (
        <DistrictCard
          district={selected}
          {...districtSummary(events, vm.lookups.placesById, selected.properties.id, state.from, state.to)}
          lookups={vm.lookups}
          onClose={() => select(undefined)}
        />
      ) : null}
    </section>
  );
}
