import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { daysBetween, formatDay, WAR_START, type IsoDate } from '../data/calendar';
import type { EventType } from '../data/schemas';
import type { DayCounts } from '../model/dailyCounts';
import { eventTypeStyle } from '../model/eventTypeStyle';
import { axisMarks } from '../model/rangePresets';
import { RangeBrush } from './RangeBrush';

interface Props {
  rows: DayCounts[];
  types: EventType[];
  from: IsoDate;
  to: IsoDate;
  onRange: (from: IsoDate, to: IsoDate) => void;
}

/** Recharts' layout for this chart: margins plus the y axis' width and the x axis' height (px). */
const MARGIN = { top: 18, right: 8, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 34;
const X_AXIS_HEIGHT = 30;
const PLOT_INSET = { left: MARGIN.left + Y_AXIS_WIDTH, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom + X_AXIS_HEIGHT };

/** One stacked bar a day, with the brush drawn over it. Loaded lazily with Recharts. */
export default function DailyChart({ rows, types, from, to, onRange }: Props) {
  return (
    <div className="daily-chart">
      <Bars rows={rows} types={types} />
      <RangeBrush
        count={rows.length}
        from={daysBetween(WAR_START, from)}
        to={daysBetween(WAR_START, to)}
        inset={PLOT_INSET}
        onChange={(a, b) => onRange(rows[a].date, rows[b].date)}
      />
    </div>
  );
}

/** The bars depend on the filters, not on the range: a range change does not redraw them. */
const Bars = memo(function Bars({ rows, types }: { rows: DayCounts[]; types: EventType[] }) {
  const data = rows.map((r) => ({ date: r.date, ...r.byType }));
  return (
    <ResponsiveContainer width="100%" height={180}>
      <BarChart data={data} margin={MARGIN} barCategoryGap={1}>
        <CartesianGrid vertical={false} stroke="#e5e7eb" />
        <XAxis dataKey="date" height={X_AXIS_HEIGHT} tickFormatter={(d: string) => formatDay(d, { day: 'numeric', month: 'short' })} interval={6} tick={{ fontSize: 11 }} />
        <YAxis width={Y_AXIS_WIDTH} allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip labelFormatter={(d) => formatDay(String(d), { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' })} formatter={(v, name) => [v, eventTypeStyle[name as EventType]?.label ?? name]} />
        {types.map((t) => (
          <Bar key={t} dataKey={t} stackId="day" fill={eventTypeStyle[t].colour} isAnimationActive={false} />
        ))}
        {axisMarks.map((m) => (
          <ReferenceLine key={m.date} x={m.date} stroke="#111827" strokeDasharray="3 3" label={{ value: '◯', position: 'top', fontSize: 10 }} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
