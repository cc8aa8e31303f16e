import { createContext, memo, useContext } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { addDays, daysBetween, formatDay, WAR_END, WAR_START, type IsoDate } from '../data/calendar';
import type { Casualty } from '../data/schemas';
import type { Series } from '../model/casualtySeries';
import { plotValue } from '../model/casualtySeries';
import { formatFigure } from '../model/casualtyLabels';

interface Point {
  x: number;
  y: number;
  figure?: Casualty;
}

interface Props {
  series: Series[];
  colours: Map<string, string>;
  labels: Map<string, string>;
  sourceLabel: (c: Casualty) => string;
  range: { from: IsoDate; to: IsoDate };
  /** "As known on": everything after it is veiled, since it had not been announced yet. */
  knownOn?: IsoDate;
  lastDay: IsoDate;
}

/** Recharts' layout for this chart (margins plus axis sizes, px), for the range overlay. */
const MARGIN = { top: 8, right: 12, bottom: 4, left: 4 };
const Y_AXIS_WIDTH = 52;
const X_AXIS_HEIGHT = 30;

const dayOf = (d: IsoDate) => daysBetween(WAR_START, d);
const thousands = new Intl.NumberFormat('en-GB');

/**
 * The cut-off reaches the tooltip through context, so that moving it re-renders the tooltip but
 * not the memoised lines: a figure under the veil is not shown, since it was not known yet.
 */
const KnownOn = createContext<IsoDate | undefined>(undefined);

/**
 * Each series as a step line over the date of announcement: a figure holds until the next one
 * (stepAfter, never interpolated), and the last one holds to the chart's right edge.
 */
export default function RevisionsChart({ range, knownOn, ...chart }: Props) {
  const domainEnd = Math.max(dayOf(chart.lastDay), dayOf(WAR_END));
  const pct = (d: IsoDate) => `${(Math.min(Math.max(dayOf(d), 0), domainEnd) / domainEnd) * 100}%`;
  return (
    <div className="revisions-chart__frame">
      <KnownOn.Provider value={knownOn}>
        <Lines {...chart} />
      </KnownOn.Provider>
      {/* The timeline's range as an overlay: moving it does not redraw the lines. */}
      <div className="revisions-chart__plot" style={{ left: MARGIN.left + Y_AXIS_WIDTH, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom + X_AXIS_HEIGHT }} aria-hidden="true">
        <div className="revisions-chart__range" style={{ left: pct(range.from), width: `calc(${pct(range.to)} - ${pct(range.from)} + 2px)` }} />
        {knownOn ? (
          <div className="revisions-chart__unknown" style={{ left: pct(addDays(knownOn, 1)), right: 0 }}>
            <span>Not yet announced on {formatDay(knownOn)}</span>
          </div>
        ) : null}
      </div>
    </div>
  );
}

const Lines = memo(function Lines({ series, colours, labels, sourceLabel, lastDay }: Omit<Props, 'range' | 'knownOn'>) {
  const end = dayOf(lastDay);
  const lines = series.map((s) => {
    const pts: Point[] = s.points.filter((c) => dayOf(c.reportedOn) <= end).map((c) => ({ x: dayOf(c.reportedOn), y: plotValue(c), figure: c }));
    const last = pts[pts.length - 1];
    if (last && last.x < end) pts.push({ x: end, y: last.y });
    return { s, pts };
  });
  return (
    <ResponsiveContainer width="100%" height={260}>
      {/* Recharts' keyboard layer is an unnamed tab stop; the table of the same figures is the keyboard's route (issue 19). */}
      <LineChart margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#e5e7eb" />
        <ReferenceArea x1={0} x2={dayOf(WAR_END)} fill="#fde68a" fillOpacity={0.35} ifOverflow="hidden" label={{ value: '45 days', position: 'insideTop', fontSize: 10 }} />
        <XAxis type="number" dataKey="x" domain={[0, Math.max(end, dayOf(WAR_END))]} tickFormatter={(x: number) => formatDay(addDays(WAR_START, x), { month: 'short', year: 'numeric' })} tick={{ fontSize: 11 }} allowDuplicatedCategory={false} height={X_AXIS_HEIGHT} />
        <YAxis type="number" tickFormatter={(v: number) => thousands.format(v)} tick={{ fontSize: 11 }} width={Y_AXIS_WIDTH} />
        <Tooltip cursor={{ strokeDasharray: '3 3' }} content={({ active, payload }) => <FigureTooltip active={active} point={payload?.find((x) => (x.payload as Point).figure)?.payload as Point | undefined} label={(f) => labels.get(series.find((s) => s.points.includes(f))?.id ?? '') ?? ''} sourceLabel={sourceLabel} />} />
        {lines.map(({ s, pts }) => (
          <Line key={s.id} data={pts} dataKey="y" name={labels.get(s.id)} type="stepAfter" stroke={colours.get(s.id)} strokeWidth={2} dot={(props: { cx?: number; cy?: number; payload?: Point; index?: number }) => (props.payload?.figure ? <circle key={props.index} cx={props.cx} cy={props.cy} r={3} fill={colours.get(s.id)} /> : <g key={props.index} />)} isAnimationActive={false} className={`series-line series-${s.id}`} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
});

interface TooltipProps {
  active?: boolean;
  point?: Point;
  label: (f: Casualty) => string;
  sourceLabel: (c: Casualty) => string;
}

function FigureTooltip({ active, point, label, sourceLabel }: TooltipProps) {
  const knownOn = useContext(KnownOn);
  const f = point?.figure;
  if (!active || !f || (knownOn && f.reportedOn > knownOn)) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{formatFigure(f)}</strong> — {label(f)}
      </p>
      <p>
        Announced {formatDay(f.reportedOn)}; counts to {formatDay(f.asOf)}
      </p>
      {f.note ? <p>{f.note}</p> : null}
      <p className="muted">{sourceLabel(f)}</p>
    </div>
  );
}
