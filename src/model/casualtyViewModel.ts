/**
 * Everything the casualty view shows, derived from the bundle and the view state: the pane only
 * draws it. Each step is memoised on its own inputs (memoizeLast), so a new end date recomputes
 * what depends on "as known on" and leaves the series, and the chart drawn from them, as they were.
 */
import { formatDay, WAR_END, type IsoDate } from '../data/calendar';
import type { Actor, Casualty, Source } from '../data/schemas';
import type { ViewState } from '../state/viewState';
import { subjectById, subjectsWithData, type Subject } from './casualtySubjects';
import { claimsAgainstOwn, type ClaimAgainstOwn } from './claimsAgainstOwn';
import { compareClaims, type ComparedGroup } from './claimsCompared';
import { indexById } from './indexById';
import { memoizeLast } from './memoize';
import { shownSeriesIds, subjectSeries, type SubjectSeries } from './subjectSeries';

/** The post-war panel's right edge unless the reader asks for every later year: most revisions came by the end of 2022. */
export const NEAR_SPAN_END = '2022-12-31';

export interface CasualtyBundle {
  casualties: readonly Casualty[];
  actors: readonly Actor[];
  sources: readonly Source[];
}

export type CasualtyViewState = Pick<ViewState, 'to' | 'subject' | 'series' | 'off' | 'span'>;

export interface CasualtyViewModel {
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
  /** The last day any figure was published (at least the war's end). */
  lastDay: IsoDate;
  /** The day whose record the view shows: the end date, or every figure when it is the war's end. */
  knownOn: IsoDate;
  knownLabel: string;
  /** True when the end date is the war's last day: then the view shows the latest in the record. */
  showsLatest: boolean;
  subject: Subject;
  /** The subjects that have figures, for the "Compare" control. */
  offered: Subject[];
  series: readonly SubjectSeries[];
  shown: ReadonlySet<string>;
  /** Series whose first figure came after `knownOn`: not yet known on that day. */
  unknown: ReadonlySet<string>;
  /** The shown series, cut to the figures announced by `knownOn` (the chart's table). */
  tableSeries: readonly SubjectSeries[];
  chartEnd: IsoDate;
  latest: ComparedGroup[];
  /** The record as it stood on 10 Nov 2020, whatever the end date. */
  atWarEnd: ComparedGroup[];
  againstOwn: ClaimAgainstOwn[];
  latestTitle: string;
  endTitle: string;
}

const indexes = memoizeLast((actors: readonly Actor[], sources: readonly Source[]) => ({
  actorsById: indexById(actors),
  sourcesById: indexById(sources),
}));
const lastDayOf = memoizeLast((casualties: readonly Casualty[]) =>
  casualties.reduce((m, c) => (c.reportedOn > m ? c.reportedOn : m), WAR_END),
);
const offeredOf = memoizeLast(subjectsWithData);
const seriesOf = memoizeLast(subjectSeries);
// Keyed on the lists' text: a new URL parses new arrays, and a date change must keep the same set.
const splitIds = (ids: string) => (ids ? ids.split(',') : []);
const shownOf = memoizeLast((series: readonly SubjectSeries[], chosen: string, off: string) =>
  shownSeriesIds(series, splitIds(chosen), splitIds(off)),
);
const unknownOf = memoizeLast(
  (series: readonly SubjectSeries[], knownOn: IsoDate) =>
    new Set(series.filter((s) => s.points[0].reportedOn > knownOn).map((s) => s.id)),
);
const tableSeriesOf = memoizeLast(
  (series: readonly SubjectSeries[], shown: ReadonlySet<string>, knownOn: IsoDate) =>
    series
      .filter((s) => shown.has(s.id))
      .map((s) => ({ ...s, points: s.points.filter((p) => p.reportedOn <= knownOn) })),
);
const latestOf = memoizeLast(compareClaims);
const atWarEndOf = memoizeLast(compareClaims);
const againstOwnOf = memoizeLast(claimsAgainstOwn);

export function casualtyViewModel(
  { casualties, actors, sources }: CasualtyBundle,
  state: CasualtyViewState,
): CasualtyViewModel {
  const { actorsById, sourcesById } = indexes(actors, sources);
  const lastDay = lastDayOf(casualties);
  const showsLatest = state.to === WAR_END;
  // At the war's last day (the default range) the view shows everything published since; any
  // earlier end date shows only what had been announced by then.
  const knownOn = showsLatest ? lastDay : state.to;
  const knownLabel = formatDay(knownOn);
  const subject = subjectById(state.subject);
  const series = seriesOf(casualties, actorsById, subject);
  const shown = shownOf(series, state.series.join(','), state.off.join(','));
  return {
    actorsById,
    sourcesById,
    lastDay,
    knownOn,
    knownLabel,
    showsLatest,
    subject,
    offered: offeredOf(casualties),
    series,
    shown,
    unknown: unknownOf(series, knownOn),
    tableSeries: tableSeriesOf(series, shown, knownOn),
    chartEnd: state.span === 'all' ? lastDay : NEAR_SPAN_END,
    latest: latestOf(casualties, actorsById, knownOn),
    atWarEnd: atWarEndOf(casualties, actorsById, WAR_END),
    againstOwn: againstOwnOf(casualties, actorsById, knownOn),
    latestTitle: `As known on ${knownLabel}${showsLatest ? ' (the latest in the record)' : ''}`,
    endTitle: `As known at the end of the war (${formatDay(WAR_END)})`,
  };
}

/** The publishers behind the figures of `series`, sorted, for the PNG's caption. */
export function publishersOfSeries(
  series: readonly SubjectSeries[],
  sourcesById: ReadonlyMap<string, Source>,
): string[] {
  return [
    ...new Set(
      series.flatMap((s) =>
        s.points.flatMap((p) => p.sourceIds.map((id) => sourcesById.get(id)?.publisher ?? id)),
      ),
    ),
  ].sort();
}
