/**
 * What the map pane shows, derived from the bundle and the view state: the events in range and
 * filters grouped by place, the capture claims to ring, the selectable districts and the one
 * selected. Each step is memoised on its own inputs, so the pane only draws.
 */
import type { IsoDate } from '../data/calendar';
import { announcedTotals, type AnnouncedTotal } from './announcedTotals';
import type { Actor, Place, RegionFeature, Regions, Source, WarEvent } from '../data/schemas';
import { splitClaimsForMap, type ClaimsOnMap } from './claimsByDay';
import { selectableDistricts } from './districtSelection';
import { selectFilteredEvents, selectFilteredRange, type EventFilters } from './eventFilters';
import { groupEventsInWindow, type PlaceGroup } from './eventsByPlace';
import { boundsOfGroups, countEventsOutside, type GeoBounds } from './eventsOutsideView';
import { buildLookups, type Lookups } from './lookups';
import { memoizeLast } from './memoize';
import { typesInWindow } from './rangeIndex';
import { selectClaimsBy, selectClaimsInRegion } from './territorialClaims';

export interface MapBundle {
  regions: Regions;
  places: readonly Place[];
  events: readonly WarEvent[];
  actors: readonly Actor[];
  sources: readonly Source[];
}

export interface MapViewModel {
  lookups: Lookups;
  filtered: WarEvent[];
  groups: PlaceGroup[];
  claimsOnMap: ClaimsOnMap;
  districts: RegionFeature[];
  selected?: RegionFeature;
  selectedPlace?: Place;
  /** The event types among the events shown, for the legend. */
  typesShown: WarEvent['type'][];
  /** The frame that holds every mapped event ("Fit to results"), if any is mapped. */
  results?: GeoBounds;
  /** Azerbaijan's announced totals of places taken, to set beside the rings. */
  totals: AnnouncedTotal[];
}

const groupsOf = memoizeLast(groupEventsInWindow);
const claimsByOf = memoizeLast(selectClaimsBy);
const claimsOnMapOf = memoizeLast(splitClaimsForMap);
const typesOf = memoizeLast(typesInWindow);
const resultsOf = memoizeLast(boundsOfGroups);
const totalsOf = memoizeLast(announcedTotals);

export function mapViewModel(
  { regions, places, events, actors, sources }: MapBundle,
  state: EventFilters,
): MapViewModel {
  const lookups = buildLookups(sources, actors, places);
  const range = selectFilteredRange(events, state, lookups);
  const groups = groupsOf(range, lookups.placesById);
  const districts = selectableDistricts(regions);
  return {
    lookups,
    filtered: selectFilteredEvents(events, state, lookups),
    groups,
    claimsOnMap: claimsOnMapOf(claimsByOf(events, state.to), lookups.placesById, state.from, state.to),
    districts,
    selected: districts.find((d) => d.properties.id === state.region),
    selectedPlace: state.place ? lookups.placesById.get(state.place) : undefined,
    typesShown: typesOf(range),
    results: resultsOf(groups),
    totals: totalsOf(events),
  };
}

/** How many mapped events lie outside the map's frame, recounted only when the groups or the frame change. */
export const eventsOutside = memoizeLast(countEventsOutside);

export interface DistrictSummary {
  /** Events in the date range with a place in the district, whatever the other filters. */
  eventsInRange: number;
  /** Capture claims on places in the district, oldest first. */
  claims: WarEvent[];
  /** Handovers under the 10 Nov 2020 statement of places in the district. */
  handovers: WarEvent[];
}

/** The selected district's part in the record (DistrictCard). */
export const districtSummary = memoizeLast(
  (
    events: readonly WarEvent[],
    placesById: ReadonlyMap<string, Place>,
    regionId: string,
    from: IsoDate,
    to: IsoDate,
  ): DistrictSummary => {
    const inRegion = (e: WarEvent) => e.placeIds.some((p) => placesById.get(p)?.regionId === regionId);
    return {
      eventsInRange: events.filter((e) => e.date >= from && e.date <= to && inRegion(e)).length,
      claims: selectClaimsInRegion(events, (p) => placesById.get(p)?.regionId, regionId),
      handovers: events.filter((e) => e.type === 'handover' && inRegion(e)),
    };
  },
);
