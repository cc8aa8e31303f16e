import { lazy, useMemo } from 'react';
import { BrowserOnly } from '../ui/BrowserOnly';
import { PANES } from '../ui/panes';
import { ChartFrame } from '../ui/ChartFrame';
import { formatDay, WAR_END } from '../data/calendar';
import type { Actor, Place, Regions, Source, WarEvent } from '../data/schemas';
import { dailyCounts } from '../model/dailyCounts';
import { facetCounts, hasActiveFilters, selectEventsIgnoringDate, selectFilteredEvents } from '../model/eventFilters';
import { buildLookups } from '../model/lookups';
import { useDeferredViewState, useViewState } from '../state/useViewState';
import { axisMarks } from '../model/rangePresets';
import { usePlay } from './usePlay';
import { DailyTable } from './DailyTable';
import { EventList } from './EventList';
import { FilterPanel } from './FilterPanel';
import { PostWarList } from './PostWarList';
import { RangeControls } from './RangeControls';
import { nounFor } from '../model/countLabel';
import { compareEnglishNames } from '../model/compareIds';

const DailyChart = lazy(() => import('./DailyChart'));

interface Props {
  events: WarEvent[];
  actors: Actor[];
  places: Place[];
  sources: Source[];
  regions: Regions;
}

/**
 * The timeline pane. Its body reads the view state behind the input (useDeferredViewState), as
 * the map and the casualty pane do: the sliders and the brush move in the key press's own frame
 * (issue 19: within one frame), the list, counts and charts in a transition just after.
 */
export function TimelineView({ events, actors, places, sources, regions }: Props) {
  const [state, write] = useDeferredViewState();
  const playback = usePlay();
  const lookups = buildLookups(sources, actors, places);
  const warEvents = useMemo(() => events.filter((e) => e.date <= WAR_END), [events]);
  const postWar = useMemo(() => events.filter((e) => e.date > WAR_END), [events]);
  const filtered = useMemo(() => selectFilteredEvents(events, state, lookups), [events, state, lookups]);
  // The bars ignore the date range, so they depend on the other filters only: a range change
  // (dragging, playing) keeps the same rows and the chart is not redrawn.
  const { types: fTypes, actors: fActors, sides: fSides, statuses: fStatuses, region, place, q } = state;
  const allDays = useMemo(
    () => selectEventsIgnoringDate(warEvents, { types: fTypes, actors: fActors, sides: fSides, statuses: fStatuses, region, place, q }, lookups),
    [warEvents, lookups, fTypes, fActors, fSides, fStatuses, region, place, q],
  );
  const rows = useMemo(() => dailyCounts(allDays), [allDays]);
  const types = useMemo(() => [...new Set(allDays.map((e) => e.type))].sort(), [allDays]);
  const counts = useMemo(() => facetCounts(events, state, lookups), [events, state, lookups]);
  const districts = useMemo(
    () =>
      regions.features
        .filter((f) => f.properties.group !== 'context' && (f.properties.kind === 'district' || f.properties.kind === 'city'))
        .sort(compareEnglishNames),
    [regions],
  );
  const active = hasActiveFilters(state);
  const showOnMap = (e: WarEvent) => write({ event: e.id, place: e.placeIds[0] });
  const sameDay = state.from === state.to;

  return (
    <section className="pane pane--timeline" id={PANES.timeline.id} aria-label={PANES.timeline.label}>
      <div className="pane__head">
        <h2>Timeline</h2>
        <p className="pane__range" aria-live="polite">
          {sameDay ? formatDay(state.from) : `${formatDay(state.from)} – ${formatDay(state.to)}`}: <strong>{filtered.length}</strong> {nounFor(filtered.length, 'event')}
        </p>
      </div>
      <ChartFrame
        id="daily"
        caption="Events recorded per day, by type"
        table={<DailyTable rows={rows} types={types} />}
      >
        <BrowserOnly frame={<div className="chart-placeholder" />} whenVisible>
          <DailyChart rows={rows} types={types} />
        </BrowserOnly>
        <MarksNote />
      </ChartFrame>
      <RangeControls playing={playback.playing} onPlay={playback.play} onPause={playback.stop} />
      <FilterPanel counts={counts} actors={actors} districts={districts} active={active} />
      <div className="list-head">
        <h3>Events</h3>
        <OrderSelect />
      </div>
      {filtered.length ? (
        <EventList events={filtered} order={state.sort} lookups={lookups} selectedId={state.event} onShow={showOnMap} followDate={playback.playing ? state.to : undefined} />
      ) : (
        <div className="empty" role="status">
          <p>No events match this range and these filters.</p>
          {active ? (
            <button type="button" className="button" onClick={() => write({ types: [], actors: [], sides: [], statuses: [], region: undefined, place: undefined, q: '' })}>
              Clear filters
            </button>
          ) : null}
        </div>
      )}
      {state.to === WAR_END && postWar.length ? <PostWarList events={postWar} lookups={lookups} /> : null}
    </section>
  );
}

/** The list's order. It reads the state as the URL holds it now, so the choice shows at once. */
function OrderSelect() {
  const [state, write] = useViewState();
  return (
    <label>
      <span className="visually-hidden">Order</span>
      <select value={state.sort} onChange={(e) => write({ sort: e.target.value === 'desc' ? 'desc' : 'asc' })}>
        <option value="asc">Oldest first</option>
        <option value="desc">Newest first</option>
      </select>
    </label>
  );
}

/** What the numbered dashed lines over the bars mark, in words (the table has a column for it). */
function MarksNote() {
  return (
    <p className="chart__marks">
      Dashed lines:{' '}
      {axisMarks.map((m, i) => (
        <span key={m.date}>
          {i > 0 ? ' · ' : ''}
          <strong>{i + 1}</strong> {m.label}, {formatDay(m.date, { day: 'numeric', month: 'short' })}
        </span>
      ))}
    </p>
  );
}
