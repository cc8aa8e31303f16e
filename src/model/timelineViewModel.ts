/**
 * What the timeline pane shows, derived from the bundle and the view state: the events in range
 * and filters, the daily bars, the counts beside each filter, the districts to filter by and the
 * events after the war. Each step is memoised on its own inputs, so the pane only draws.
 */
import { WAR_END } from '../data/calendar';
import type { Actor, Place, RegionFeature, Regions, Source, WarEvent } from '../data/schemas';
import { dailyCounts, type DayCounts } from './dailyCounts';
import { selectableDistricts } from './districtSelection';
import {
  facetCounts,
  hasActiveFilters,
  selectEventsIgnoringDate,
  selectFilteredEvents,
  selectFilteredRange,
  type EventFilters,
  type FacetCounts,
} from './eventFilters';
import { buildLookups, type Lookups } from './lookups';
import { eventRowsInWindow, type EventRows } from './eventRows';
import { memoizeLast } from './memoize';
import type { ViewState } from '../state/viewState';

export interface TimelineBundle {
  events: readonly WarEvent[];
  actors: readonly Actor[];
  places: readonly Place[];
  sources: readonly Source[];
  regions: Regions;
}

export interface TimelineViewModel {
  lookups: Lookups;
  /** Events in range and filters. */
  filtered: WarEvent[];
  /** The same events as the list's rows, in the reader's order. */
  listRows: EventRows;
  /** Events after 10 Nov 2020 (handovers, later reports), listed apart. */
  postWar: WarEvent[];
  /** The daily bars, over the whole war whatever the range, and the types they stack. */
  rows: DayCounts[];
  types: WarEvent['type'][];
  counts: FacetCounts;
  /** The District filter's choices: the districts the map selects (districtSelection.ts). */
  districts: RegionFeature[];
  active: boolean;
}

const warEventsOf = memoizeLast((events: readonly WarEvent[]) => events.filter((e) => e.date <= WAR_END));
const postWarOf = memoizeLast((events: readonly WarEvent[]) => events.filter((e) => e.date > WAR_END));
// The bars ignore the date range, so they depend on the other filters only: a range change
// (dragging, playing) keeps the same rows, since selectEventsIgnoringDate returns the same array
// while those filters are unchanged, and the chart is not redrawn.
const rowsOf = memoizeLast((days: readonly WarEvent[]) => dailyCounts(days));
const typesOf = memoizeLast((days: readonly WarEvent[]) => [...new Set(days.map((e) => e.type))].sort());
const countsOf = memoizeLast(facetCounts);
const listRowsOf = memoizeLast(eventRowsInWindow);

export function timelineViewModel(
  { events, actors, places, sources, regions }: TimelineBundle,
  state: EventFilters & Pick<ViewState, 'sort'>,
): TimelineViewModel {
  const lookups = buildLookups(sources, actors, places);
  const allDays = selectEventsIgnoringDate(warEventsOf(events), state, lookups);
  return {
    lookups,
    filtered: selectFilteredEvents(events, state, lookups),
    listRows: listRowsOf(selectFilteredRange(events, state, lookups), state.sort),
    postWar: postWarOf(events),
    rows: rowsOf(allDays),
    types: typesOf(allDays),
    counts: countsOf(events, state, lookups),
    districts: selectableDistricts(regions),
    active: hasActiveFilters(state),
  };
}
