import { lazy, useMemo } from 'react';
import { BrowserOnly } from '../ui/BrowserOnly';
import { PANES } from '../ui/panes';
import { ChartFrame } from '../ui/ChartFrame';
import { formatDay, WAR_END } from '../data/calendar';
import type { Actor, Casualty, Source } from '../data/schemas';
import { subjectById, subjectsWithData } from '../model/casualtySubjects';
import { VOICE_COLOURS } from '../model/casualtyVoices';
import { claimsAgainstOwn } from '../model/claimsAgainstOwn';
import { compareClaims } from '../model/claimsCompared';
import { indexById } from '../model/indexById';
import { NO_SERIES, shownSeriesIds, subjectSeries } from '../model/subjectSeries';
import { useDeferredViewState } from '../state/useViewState';
import type { SubjectId } from '../state/viewState';
import { ClaimsAgainstOwn } from './ClaimsAgainstOwn';
import { ComparedPanel } from './ComparedPanel';
import { ComparedTable } from './ComparedTable';
import { RevisionsTable } from './RevisionsTable';
import { SeriesChooser } from './SeriesChooser';

const RevisionsChart = lazy(() => import('./RevisionsChart'));
/** The download code loads on the first click: the JS budget is nearly spent. */
const loadExports = () => import('./exports');

/** The post-war panel's right edge unless the reader asks for every later year: most revisions came by the end of 2022. */
const NEAR_SPAN_END = '2022-12-31';

interface Props {
  casualties: Casualty[];
  actors: Actor[];
  sources: Source[];
}

export function CasualtyView({ casualties, actors, sources }: Props) {
  const [state, write] = useDeferredViewState();
  const actorsById = useMemo(() => indexById(actors), [actors]);
  const sourcesById = useMemo(() => indexById(sources), [sources]);
  const lastDay = useMemo(() => casualties.reduce((m, c) => (c.reportedOn > m ? c.reportedOn : m), WAR_END), [casualties]);
  // At the war's last day (the default range) the view shows everything published since; any
  // earlier end date shows only what had been announced by then.
  const knownOn = state.to === WAR_END ? lastDay : state.to;
  const knownLabel = formatDay(knownOn);
  const subject = subjectById(state.subject);
  const offered = useMemo(() => subjectsWithData(casualties), [casualties]);
  const series = useMemo(() => subjectSeries(casualties, actorsById, subject), [casualties, actorsById, subject]);
  const shown = useMemo(() => shownSeriesIds(series, state.series, state.off), [series, state.series, state.off]);
  const unknown = useMemo(() => new Set(series.filter((s) => s.points[0].reportedOn > knownOn).map((s) => s.id)), [series, knownOn]);
  const tableSeries = useMemo(() => series.filter((s) => shown.has(s.id)).map((s) => ({ ...s, points: s.points.filter((p) => p.reportedOn <= knownOn) })), [series, shown, knownOn]);
  const chartEnd = state.span === 'all' ? lastDay : NEAR_SPAN_END;
  const latest = useMemo(() => compareClaims(casualties, actorsById, knownOn), [casualties, actorsById, knownOn]);
  // The end-of-war panel is the record as it stood on 10 Nov 2020, whatever the end date.
  const atWarEnd = useMemo(() => compareClaims(casualties, actorsById, WAR_END), [casualties, actorsById]);
  const againstOwn = useMemo(() => claimsAgainstOwn(casualties, actorsById, knownOn), [casualties, actorsById, knownOn]);
  const context = { asKnownOn: knownOn, subject: subject.id };
  const choose = (ids: string[]) => write({ series: ids.length ? ids : [NO_SERIES], off: [] });
  const latestTitle = `As known on ${knownLabel}${state.to === WAR_END ? ' (the latest in the record)' : ''}`;
  const endTitle = `As known at the end of the war (${formatDay(WAR_END)})`;

  const downloadPng = () => {
    const publishers = [...new Set(tableSeries.flatMap((s) => s.points.flatMap((p) => p.sourceIds.map((id) => sourcesById.get(id)?.publisher ?? id))))].sort();
    const meta = { title: subject.title, knownOn: knownLabel, sources: publishers.join(', ') || 'none', address: window.location.href };
    void loadExports().then((m) => m.downloadChartPng({ series, shown, knownOn, end: chartEnd }, meta, `karabakh-2020-${subject.id}-as-known-on-${knownOn}.png`));
  };
  const downloadComparedCsv = () =>
    void loadExports().then((m) =>
      m.downloadComparedCsv(
        [
          { asKnownOn: knownOn, figures: latest.flatMap((g) => g.claims.map((c) => c.figure)) },
          { asKnownOn: WAR_END, figures: atWarEnd.flatMap((g) => g.claims.map((c) => c.figure)) },
        ],
        actorsById,
        sourcesById,
      ),
    );

  return (
    <section className="pane pane--casualties" id={PANES.casualties.id} aria-label={PANES.casualties.label}>
      <div className="pane__head">
        <h2>Casualties</h2>
        <p className="pane__range">
          As known on: <strong>{knownLabel}</strong>
        </p>
      </div>
      <p className="pane__lede">
        Each side&apos;s own official figures as announced and revised, beside the other side&apos;s claims and third-party estimates. Figures are never merged; a value holds
        until its reporter&apos;s next announcement.{state.to === WAR_END ? '' : ' Move the timeline’s end date to 10 Nov to see everything published since.'}
      </p>
      <div className="casualty-controls">
        <label className="inline-field">
          <span>Compare</span>
          <select value={subject.id} onChange={(e) => write({ subject: e.target.value as SubjectId, series: [], off: [] })}>
            {offered.some((s) => s.id === subject.id) ? null : <option value={subject.id}>{subject.title} (no figures in the record)</option>}
            {offered.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" onClick={() => void loadExports().then((m) => m.downloadAllFigures(casualties, actorsById, sourcesById, lastDay))}>
          Download all figures
        </button>
      </div>
      <ChartFrame
        id="revisions"
        caption={`${subject.title}, as known on ${knownLabel}`}
        table={<RevisionsTable series={tableSeries} caption={`${subject.title}: figures announced by ${knownLabel}`} sourcesById={sourcesById} />}
        actions={
          <>
            <button type="button" className="button button--small" onClick={() => void loadExports().then((m) => m.downloadFiguresCsv(tableSeries.flatMap((s) => s.points), actorsById, sourcesById, context))}>
              Download CSV
            </button>
            <button type="button" className="button button--small" onClick={downloadPng}>
              Download PNG
            </button>
          </>
        }
      >
        <div className="revisions-chart">
          <BrowserOnly frame={<div className="chart-placeholder" />} whenVisible>
            <RevisionsChart title={subject.title} series={series} shown={shown} knownOn={knownOn} end={chartEnd} />
          </BrowserOnly>
        </div>
      </ChartFrame>
      <p className="voice-key">
        Colours say who speaks: <span style={{ color: VOICE_COLOURS.own }}>■ own official count</span> <span style={{ color: VOICE_COLOURS.other }}>■ the other side’s claim</span>{' '}
        <span style={{ color: VOICE_COLOURS.third }}>■ third party</span> <span style={{ color: VOICE_COLOURS.third }}>┄ own side, not official</span>
      </p>
      <p className="how-to-read">
        <strong>How to read this:</strong> a step is a new figure from the same reporter, held until its next one; a line ends at the “as known on” day; the grey veil covers what
        was announced after it.
      </p>
      <label className="check inline-field">
        <input type="checkbox" checked={state.span === 'all'} disabled={lastDay <= NEAR_SPAN_END} onChange={(e) => write({ span: e.target.checked ? 'all' : 'near' })} />
        Show figures published after 2022 (to {formatDay(lastDay, { month: 'short', year: 'numeric' })})
      </label>
      <SeriesChooser series={series} shown={shown} unknown={unknown} onToggle={(id) => choose(series.filter((s) => (s.id === id ? !shown.has(id) : shown.has(s.id))).map((s) => s.id))} onOnly={(id) => choose([id])} onShowAll={() => choose(series.map((s) => s.id))} />
      <ChartFrame
        id="claims"
        caption="Claims compared: the dead as each side and third parties reported them"
        table={
          <>
            <ComparedTable groups={latest} caption={latestTitle} actorsById={actorsById} sourcesById={sourcesById} />
            <ComparedTable groups={atWarEnd} caption={endTitle} actorsById={actorsById} sourcesById={sourcesById} />
          </>
        }
        actions={
          <button type="button" className="button button--small" onClick={downloadComparedCsv}>
            Download CSV
          </button>
        }
      >
        <div className="compared">
          <ComparedPanel groups={latest} title={latestTitle} actorsById={actorsById} sourcesById={sourcesById} />
          <ComparedPanel groups={atWarEnd} title={endTitle} actorsById={actorsById} sourcesById={sourcesById} />
        </div>
      </ChartFrame>
      <p className="how-to-read">
        <strong>How to read this:</strong> each bar is one reporter’s latest figure by the panel’s date, scaled within its group; an outlined bar is a figure that is not a death toll.
      </p>
      <ClaimsAgainstOwn rows={againstOwn} actorsById={actorsById} />
    </section>
  );
}
