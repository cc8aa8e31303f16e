import { lazy, useCallback, useMemo, useRef } from 'react';
import { BrowserOnly } from '../app/BrowserOnly';
import { ChartFrame } from '../app/ChartFrame';
import { formatDay, WAR_END } from '../data/calendar';
import type { Actor, Casualty, Source } from '../data/schemas';
import { measures } from '../data/vocabulary';
import { buildSeries, latestAnnouncementBy } from '../model/casualtySeries';
import { casualtiesToCsv } from '../model/casualtyCsv';
import { measureWords, seriesLabel } from '../model/casualtyLabels';
import { compareClaims } from '../model/claimsCompared';
import { indexById } from '../model/indexById';
import { useDeferredViewState } from '../state/useViewState';
import type { Measure } from '../state/viewState';
import { ComparedBars } from './ComparedBars';
import { ComparedTable } from './ComparedTable';
import { downloadCsv, downloadSvgAsPng } from './download';
import { RevisionsTable } from './RevisionsTable';
import { SeriesLegend } from './SeriesLegend';

const RevisionsChart = lazy(() => import('./RevisionsChart'));

/** The default right edge of the revisions chart: most revisions came by the end of 2021. */
const NEAR_SPAN_END = '2021-12-31';

/** Distinct, colour-blind-safe line colours (Tableau 10), assigned to series in a fixed order. */
const PALETTE = ['#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#bab0ac'];

interface Props {
  casualties: Casualty[];
  actors: Actor[];
  sources: Source[];
}

export function CasualtyView({ casualties, actors, sources }: Props) {
  const [state, write] = useDeferredViewState();
  const actorsById = useMemo(() => indexById(actors), [actors]);
  const sourcesById = useMemo(() => indexById(sources), [sources]);
  // At the war's last day (the default range) the charts show everything published since; any
  // earlier end date shows only what had been announced by then.
  const knownOn = state.to === WAR_END ? undefined : state.to;
  const ofMeasure = useMemo(() => casualties.filter((c) => c.measure === state.measure), [casualties, state.measure]);
  // The day of the latest figure announced by the cut-off gives the same series as the cut-off
  // itself, and it changes only when a figure is new: on a day with no announcement the series
  // (and everything drawn from them) stay as they were.
  const cutoff = useMemo(() => (knownOn ? latestAnnouncementBy(ofMeasure, knownOn) : undefined), [ofMeasure, knownOn]);
  const allSeries = useMemo(() => buildSeries(ofMeasure, cutoff), [ofMeasure, cutoff]);
  const lastDay = useMemo(() => casualties.reduce((m, c) => (c.reportedOn > m ? c.reportedOn : m), WAR_END), [casualties]);
  const chartEnd = state.span === 'all' ? lastDay : NEAR_SPAN_END;
  // The chart draws every figure and veils what had not been announced by the cut-off, so a
  // change of the end date moves the veil instead of redrawing the lines. Colours and labels
  // come from the full list too, so a series keeps its colour whatever the cut-off.
  const everySeries = useMemo(() => buildSeries(ofMeasure), [ofMeasure]);
  const outOfSpan = useMemo(() => new Set(everySeries.filter((s) => s.points[0].reportedOn > chartEnd).map((s) => s.id)), [everySeries, chartEnd]);
  const shown = useMemo(() => allSeries.filter((s) => !state.off.includes(s.id)), [allSeries, state.off]);
  const drawn = useMemo(() => everySeries.filter((s) => !state.off.includes(s.id) && !outOfSpan.has(s.id)), [everySeries, state.off, outOfSpan]);
  const colours = useMemo(() => new Map(everySeries.map((s, i) => [s.id, PALETTE[i % PALETTE.length]])), [everySeries]);
  const labels = useMemo(() => new Map(everySeries.map((s) => [s.id, seriesLabel(s, actorsById.get(s.actorId)?.name ?? s.actorId)])), [everySeries, actorsById]);
  const latest = useMemo(() => compareClaims(casualties, actorsById, knownOn), [casualties, actorsById, knownOn]);
  const atWarEnd = useMemo(() => compareClaims(casualties, actorsById, knownOn && knownOn < WAR_END ? knownOn : WAR_END), [casualties, actorsById, knownOn]);
  const revisionsRef = useRef<HTMLDivElement>(null);
  const latestRef = useRef<SVGSVGElement>(null);
  const measuresPresent = useMemo(() => measures.filter((m) => casualties.some((c) => c.measure === m)), [casualties]);
  const sourceLabel = useCallback((c: Casualty) => c.sourceIds.map((id) => sourcesById.get(id)?.publisher ?? id).join(', '), [sourcesById]);
  const shownFigures = shown.flatMap((s) => s.points);
  const knownLabel = knownOn ? formatDay(knownOn) : 'latest published';

  const pngOf = (el: SVGSVGElement | null | undefined, name: string) => {
    if (el) void downloadSvgAsPng(el, name);
  };

  return (
    <section className="pane pane--casualties" id="casualties" aria-label="Casualties">
      <div className="pane__head">
        <h2>Casualties</h2>
        <p className="pane__range">
          As known on: <strong>{knownLabel}</strong>
        </p>
      </div>
      <p className="pane__lede">
        Every official figure as announced and revised, beside each side&apos;s claims about the other and third-party estimates. Figures are never merged; a
        value holds until its reporter&apos;s next announcement.{knownOn ? ' Move the timeline’s end date to 10 Nov to see everything published since.' : ''}
      </p>
      <label className="inline-field">
        <span>Measure</span>
        <select value={state.measure} onChange={(e) => write({ measure: e.target.value as Measure, off: [] })}>
          {measuresPresent.map((m) => (
            <option key={m} value={m}>
              {measureWords[m]}
            </option>
          ))}
        </select>
      </label>
      <ChartFrame
        id="revisions"
        caption={`${measureWords[state.measure]}: figures by date of announcement`}
        table={<RevisionsTable series={shown} labels={labels} sourcesById={sourcesById} />}
        actions={
          <>
            <button type="button" className="button button--small" onClick={() => downloadCsv(casualtiesToCsv(shownFigures, actorsById, sourcesById), `karabakh-2020-${state.measure}.csv`)}>
              Download CSV
            </button>
            <button type="button" className="button button--small" onClick={() => pngOf(revisionsRef.current?.querySelector('svg.recharts-surface'), `karabakh-2020-${state.measure}.png`)}>
              Download PNG
            </button>
          </>
        }
      >
        <div ref={revisionsRef} className="revisions-chart">
          {shown.some((s) => !outOfSpan.has(s.id)) ? (
            <BrowserOnly frame={<div className="chart-placeholder" />} whenVisible>
              <RevisionsChart series={drawn} colours={colours} labels={labels} sourceLabel={sourceLabel} range={{ from: state.from, to: state.to }} knownOn={knownOn} lastDay={chartEnd} />
            </BrowserOnly>
          ) : (
            <p className="empty">No {measureWords[state.measure].toLowerCase()} figures had been announced by {knownLabel}.</p>
          )}
        </div>
      </ChartFrame>
      <label className="check inline-field">
        <input type="checkbox" checked={state.span === 'all'} disabled={lastDay <= NEAR_SPAN_END} onChange={(e) => write({ span: e.target.checked ? 'all' : 'near' })} />
        Show figures published after 2021 (to {formatDay(lastDay, { month: 'short', year: 'numeric' })})
      </label>
      <SeriesLegend series={allSeries} colours={colours} labels={labels} off={state.off} outOfSpan={outOfSpan} onToggle={(id) => write((s) => ({ off: s.off.includes(id) ? s.off.filter((x) => x !== id) : [...s.off, id].sort() }))} />
      <ChartFrame
        id="claims"
        caption={`Claims compared: dead as reported by each side and third parties (${knownLabel})`}
        table={
          <>
            <ComparedTable groups={latest} caption={`As known on ${knownLabel}`} actorsById={actorsById} sourcesById={sourcesById} />
            <ComparedTable groups={atWarEnd} caption="As known at the end of the war (10 Nov 2020)" actorsById={actorsById} sourcesById={sourcesById} />
          </>
        }
        actions={
          <>
            <button type="button" className="button button--small" onClick={() => downloadCsv(casualtiesToCsv(latest.flatMap((g) => g.claims.map((c) => c.figure)), actorsById, sourcesById), 'karabakh-2020-claims-compared.csv')}>
              Download CSV
            </button>
            <button type="button" className="button button--small" onClick={() => pngOf(latestRef.current, 'karabakh-2020-claims-compared.png')}>
              Download PNG
            </button>
          </>
        }
      >
        <div className="compared">
          <ComparedBars ref={latestRef} groups={latest} title={`As known on ${knownLabel}`} actorsById={actorsById} sourcesById={sourcesById} />
          <ComparedBars groups={atWarEnd} title="As known at the end of the war (10 Nov 2020)" actorsById={actorsById} sourcesById={sourcesById} />
        </div>
      </ChartFrame>
    </section>
  );
}
