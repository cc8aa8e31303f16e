import { useCallback, useMemo, useState } from 'react';
import { BrowserOnly } from '../ui/BrowserOnly';
import { PANES } from '../ui/panes';
import { LeafletMap } from './lazyLeafletMap';
import { formatDay } from '../data/calendar';
import { isLocated } from '../data/isLocated';
import type { Actor, Place, Regions, Source, WarEvent } from '../data/schemas';
import { selectFilteredEvents } from '../model/eventFilters';
import { groupEventsByPlace } from '../model/eventsByPlace';
import { buildLookups } from '../model/lookups';
import { selectClaimsBy, selectClaimsInRegion } from '../model/territorialClaims';
import { splitClaimsForMap } from '../model/claimsByDay';
import { boundsOfGroups, countEventsOutside, type GeoBounds } from '../model/eventsOutsideView';
import { STUDY_AREA_BOUNDS } from './studyArea';
import { UnlocatedClaims } from './UnlocatedClaims';
import { AnnouncedTotals } from './AnnouncedTotals';
import { announcedTotals } from '../model/announcedTotals';
import { OutsideView } from './OutsideView';
import { useDeferredViewState } from '../state/useViewState';
import { DistrictCard } from './DistrictCard';
import { DistrictList } from './DistrictList';
import { MapLegend } from './MapLegend';
import { OnlineTilesSwitch } from './OnlineTilesSwitch';
import { useTilesOn } from './tileConsent';
import { StaticMap } from './StaticMap';
import { isSelectable } from './regionStyle';
import { countLabel } from '../model/countLabel';
import { compareEnglishNames } from '../model/compareIds';

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


export function MapView({ regions, places, events, actors, sources }: Props) {
  const [state, write] = useDeferredViewState();
  const lookups = buildLookups(sources, actors, places);
  const filtered = useMemo(() => selectFilteredEvents(events, state, lookups), [events, state, lookups]);
  const groups = useMemo(() => groupEventsByPlace(filtered, lookups.placesById), [filtered, lookups]);
  const claims = useMemo(() => selectClaimsBy(events, state.to), [events, state.to]);
  const claimsOnMap = useMemo(() => splitClaimsForMap(claims, lookups.placesById, state.from, state.to), [claims, lookups, state.from, state.to]);
  const totals = useMemo(() => announcedTotals(events), [events]);
  const [view, setView] = useState(FIRST_VIEW);
  const outside = useMemo(() => countEventsOutside(groups, view), [groups, view]);
  const results = useMemo(() => boundsOfGroups(groups), [groups]);
  const [fitRequest, setFitRequest] = useState<{ bounds: GeoBounds }>();
  const districts = useMemo(
    () => regions.features.filter(isSelectable).sort(compareEnglishNames),
    [regions],
  );
  const selected = districts.find((d) => d.properties.id === state.region);
  const selectedPlace = state.place ? lookups.placesById.get(state.place) : undefined;
  const regionOf = (placeId: string) => lookups.placesById.get(placeId)?.regionId;
  const inRangeInRegion = selected
    ? events.filter((e) => e.date >= state.from && e.date <= state.to && e.placeIds.some((p) => regionOf(p) === selected.properties.id)).length
    : 0;
  const select = useCallback((id: string | undefined) => write({ region: id, place: undefined }), [write]);
  const typesShown = useMemo(() => [...new Set(filtered.map((e) => e.type))].sort(), [filtered]);
  // The static picture stays under Leaflet until Leaflet has drawn everything, then goes.
  const [leafletDrawn, setLeafletDrawn] = useState(false);
  const onDrawn = useCallback(() => setLeafletDrawn(true), []);
  // A view that the picture cannot show (a district or place zoomed to, online tiles) needs the
  // map at once; otherwise the map starts on the reader's first input.
  const tilesOn = useTilesOn(state.tiles); // a link only proposes tiles (OnlineTilesSwitch)
  const needsMapNow = !!selected || !!selectedPlace || tilesOn;

  return (
    <section className="pane pane--map" id={PANES.map.id} aria-label={PANES.map.label}>
      <div className="pane__head">
        <h2>Map</h2>
        <OnlineTilesSwitch on={state.tiles} onChange={(tiles) => write({ tiles })} />
      </div>
      <p className="pane__lede">
        {countLabel(filtered.length, 'event')}, {countLabel(groups.length, 'place')} on the map, {formatDay(state.from)} – {formatDay(state.to)}. Rings: places Azerbaijan announced as taken by {formatDay(state.to)}.
      </p>
      <div className="map-frame" data-event-markers={groups.length} data-claim-rings={claimsOnMap.drawn.length}>
        {leafletDrawn ? null : <StaticMap placesById={lookups.placesById} claims={claimsOnMap.drawn} groups={groups} />}
        <BrowserOnly frame={null} whenEngaged={!needsMapNow}>
          <LeafletMap
            regions={regions}
            districts={districts}
            tiles={tilesOn}
            selectedRegionId={state.region}
            onSelect={select}
            lookups={lookups}
            claims={claimsOnMap.drawn}
            groups={groups}
            onViewChange={setView}
            fitRequest={fitRequest}
            fitRegion={selected}
            fitPlace={selectedPlace && isLocated(selectedPlace) ? selectedPlace : undefined}
            onDrawn={onDrawn}
          />
        </BrowserOnly>
      </div>
      <OutsideView count={outside} onFit={() => results && setFitRequest({ bounds: results })} />
      <MapLegend types={typesShown} claims={claimsOnMap} fromLabel={formatDay(state.from)} toLabel={formatDay(state.to)} />
      <UnlocatedClaims claims={claimsOnMap.unlocated} lookups={lookups} toLabel={formatDay(state.to)} />
      <AnnouncedTotals totals={totals} named={claimsOnMap.drawn.length + claimsOnMap.unlocated.length} toLabel={formatDay(state.to)} />
      <h3 className="visually-hidden">Districts</h3>
      <DistrictList districts={districts} selectedId={state.region} onSelect={select} />
      {selected ? (
        <DistrictCard
          district={selected}
          eventsInRange={inRangeInRegion}
          claims={selectClaimsInRegion(events, regionOf, selected.properties.id)}
          handovers={events.filter((e) => e.type === 'handover' && e.placeIds.some((p) => regionOf(p) === selected.properties.id))}
          lookups={lookups}
          onClose={() => select(undefined)}
        />
      ) : null}
    </section>
  );
}
