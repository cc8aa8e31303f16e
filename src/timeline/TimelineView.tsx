import { lazy } from 'react';
import { BrowserOnly } from '../ui/BrowserOnly';
import { ChartFrame } from '../ui/ChartFrame';
import { formatDay, WAR_END } from '../data/calendar';
import type { Actor, Place, Regions, Source, WarEvent } from '../data/schemas';
import type { DayCounts } from '../model/dailyCounts';
import { NO_FILTERS } from '../model/eventFilters';
import { timelineViewModel } from '../model/timelineViewModel';
import { useViewStateField, writeViewState } from '../state/useViewState';
import { useDeferredViewState } from '../state/useDeferredViewState';
import { PANES } from '../ui/panes';
import { axisMarks } from '../model/rangePresets';
import { usePlay } from './usePlay';
import { DailyTable } from './DailyTable';
import { EventList } from './EventList';
import { FilterPanel } from './FilterPanel';
import { PostWarList } from './PostWarList';
import { RangeControls } from './RangeControls';
import { nounFor } from '../model/countLabel';

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
  const vm = timelineViewModel({ events, actors, places, sources, regions }, state);
  const { filtered } = vm;
  const sameDay = state.from === state.to;

  return (
    <section className="pane pane--timeline" id={PANES.timeline.id} aria-label={PANES.timeline.label}>
      <div className="pane__head">
        <h2>Timeline</h2>
        <p className="pane__range" aria-live="polite">
          {sameDay ? formatDay(state.from) : `${formatDay(state.from)} – ${formatDay(state.to)}`}:{' '}
          <strong>{filtered.length}</strong> {nounFor(filtered.length, 'event')}
        </p>
      </div>
      <DailySection rows={vm.rows} types={vm.types} />
      <RangeControls playing={playback.playing} onPlay={playback.play} onPause={playback.stop} />
      <FilterPanel counts={vm.counts} actors={actors} districts={vm.districts} active={vm.active} />
      <div className="list-head">
        <h3>Events</h3>
        <OrderSelect />
      </div>
      {filtered.length ? (
        <EventList
          rows={vm.listRows}
          lookups={vm.lookups}
          selectedId={state.event}
          onShow={(e) => write({ event: e.id, place: e.placeIds[0] })}
          followDate={playback.playing ? state.to : undefined}
        />
      ) : (
        <div className="empty" role="status">
          <p>No events match this range and these filters.</p>
          {vm.active ? (
            <button type="button" className="button" onClick={() => write(NO_FILTERS)}>
              Clear filters
            </button>
          ) : null}
        </div>
      )}
      {state.to === WAR_END && vm.postWar.length ? (
        <PostWarList events={vm.postWar} lookups={vm.lookups} />
      ) : null}
    </section>
  );
}

/** The daily bars, with their table and the note on the dashed lines. */
function DailySection({ rows, types }: { rows: DayCounts[]; types: WarEvent['type'][] }) {
  return (
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
  );
}

/** The list's order. It reads the state as the URL holds it now, so the choice shows at once. */
function OrderSelect() {
  const sort = useViewStateField('sort');
  return (
    <label>
      <span className="visually-hidden">Order</span>
      <select
        value={sort}
        onChange={(e) => writeViewState({ sort: e.target.value === 'desc' ? 'desc' : 'asc' })}
      >
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
