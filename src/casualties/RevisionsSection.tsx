import { lazy } from 'react';
import { BrowserOnly } from '../ui/BrowserOnly';
import { ChartFrame } from '../ui/ChartFrame';
import { formatDay } from '../data/calendar';
import { VOICE_COLOURS } from '../model/casualtyVoices';
import { NEAR_SPAN_END, publishersOfSeries, type CasualtyViewModel } from '../model/casualtyViewModel';
import { NO_SERIES } from '../model/subjectSeries';
import type { useViewState } from '../state/useViewState';
import type { ViewState } from '../state/viewState';
import { RevisionsTable } from './RevisionsTable';
import { SeriesChooser } from './SeriesChooser';

const RevisionsChart = lazy(() => import('./RevisionsChart'));
/** The download code loads on the first click: the JS budget is nearly spent. */
const loadExports = () => import('./exports');

type Write = ReturnType<typeof useViewState>[1];

/** The subject's figures over time: chart and table, its key, and the series chooser. */
export function RevisionsSection({
  vm,
  span,
  write,
}: {
  vm: CasualtyViewModel;
  span: ViewState['span'];
  write: Write;
}) {
  const { series, shown, lastDay } = vm;
  const choose = (ids: string[]) => write({ series: ids.length ? ids : [NO_SERIES], off: [] });
  return (
    <>
      <RevisionsFrame vm={vm} />
      <p className="voice-key">
        Colours say who speaks: <span style={{ color: VOICE_COLOURS.own }}>■ own official count</span>{' '}
        <span style={{ color: VOICE_COLOURS.other }}>■ the other side’s claim</span>{' '}
        <span style={{ color: VOICE_COLOURS.third }}>■ third party</span>{' '}
        <span style={{ color: VOICE_COLOURS.third }}>┄ own side, not official</span>
      </p>
      <p className="how-to-read">
        <strong>How to read this:</strong> a step is a new figure from the same reporter, held until its next
        one; a line ends at the “as known on” day; the grey veil covers what was announced after it.
      </p>
      <label className="check inline-field">
        <input
          type="checkbox"
          checked={span === 'all'}
          disabled={lastDay <= NEAR_SPAN_END}
          onChange={(e) => write({ span: e.target.checked ? 'all' : 'near' })}
        />
        Show figures published after 2022 (to {formatDay(lastDay, { month: 'short', year: 'numeric' })})
      </label>
      <SeriesChooser
        series={series}
        shown={shown}
        unknown={vm.unknown}
        onToggle={(id) =>
          choose(series.filter((s) => (s.id === id ? !shown.has(id) : shown.has(s.id))).map((s) => s.id))
        }
        onOnly={(id) => choose([id])}
        onShowAll={() => choose(series.map((s) => s.id))}
      />
    </>
  );
}

function RevisionsFrame({ vm }: { vm: CasualtyViewModel }) {
  const { subject, knownOn, knownLabel, series, shown, tableSeries, chartEnd, sourcesById } = vm;
  const downloadCsv = () => downloadFiguresCsv(vm);
  const downloadPng = () => downloadChartPng(vm);
  return (
    <ChartFrame
      id="revisions"
      caption={`${subject.title}, as known on ${knownLabel}`}
      table={
        <RevisionsTable
          series={tableSeries}
          caption={`${subject.title}: figures announced by ${knownLabel}`}
          sourcesById={sourcesById}
        />
      }
      actions={
        <>
          <button type="button" className="button button--small" onClick={downloadCsv}>
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
          <RevisionsChart
            title={subject.title}
            series={series}
            shown={shown}
            knownOn={knownOn}
            end={chartEnd}
          />
        </BrowserOnly>
      </div>
    </ChartFrame>
  );
}

/** The table's figures as CSV, loading the export code only now. */
function downloadFiguresCsv({ subject, knownOn, tableSeries, actorsById, sourcesById }: CasualtyViewModel) {
  void loadExports().then((m) =>
    m.downloadFiguresCsv(
      tableSeries.flatMap((s) => s.points),
      actorsById,
      sourcesById,
      { asKnownOn: knownOn, subject: subject.id },
    ),
  );
}

/** The chart as a PNG, titled and sourced; the address is read at the click, not at render. */
function downloadChartPng(vm: CasualtyViewModel) {
  const { subject, knownOn, knownLabel, series, shown, tableSeries, chartEnd, sourcesById } = vm;
  const meta = {
    title: subject.title,
    knownOn: knownLabel,
    sources: publishersOfSeries(tableSeries, sourcesById).join(', ') || 'none',
    address: window.location.href,
  };
  void loadExports().then((m) =>
    m.downloadChartPng(
      { series, shown, knownOn, end: chartEnd },
      meta,
      `karabakh-2020-${subject.id}-as-known-on-${knownOn}.png`,
    ),
  );
}
