import { useRef } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { daysBetween, formatDay, WAR_START, type IsoDate } from '../data/calendar';
import type { EventType } from '../data/schemas';
import type { DayCounts } from '../model/dailyCounts';
import { eventTypeStyle } from '../model/eventTypeStyle';
import { axisMarks } from '../model/rangePresets';

interface Props {
  rows: DayCounts[];
  types: EventType[];
  from: IsoDate;
  to: IsoDate;
  onRange: (from: IsoDate, to: IsoDate) => void;
}

/** One stacked bar a day; the brush under it selects the range. Loaded lazily with Recharts. */
/** How long after the reader's last touch of the chart a brush change still counts as theirs. */
const BRUSH_INPUT_WINDOW_MS = 1000;

export default function DailyChart({ rows, types, from, to, onRange }: Props) {
  const data = rows.map((r) => ({ date: r.date, ...r.byType }));
  // Recharts also reports brush changes when its indexes are set from props (as playback
  // does); only a change the reader made with pointer or keyboard may write the range.
  const lastInput = useRef(0);
  const touched = () => {
    lastInput.current = performance.now();
  };
  return (
    <div onPointerDown={touched} onPointerMove={(e) => e.buttons && touched()} onKeyDown={touched}>
    <ResponsiveContainer width="100%" height={180}>
      <BarChart data={data} margin={{ top: 18, right: 8, bottom: 0, left: -18 }} barCategoryGap={1}>
        <CartesianGrid vertical={false} stroke="#e5e7eb" />
        <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d, { day: 'numeric', month: 'short' })} interval={6} tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        <Tooltip labelFormatter={(d) => formatDay(String(d), { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' })} formatter={(v, name) => [v, eventTypeStyle[name as EventType]?.label ?? name]} />
        {types.map((t) => (
          <Bar key={t} dataKey={t} stackId="day" fill={eventTypeStyle[t].colour} isAnimationActive={false} />
        ))}
        {axisMarks.map((m) => (
          <ReferenceLine key={m.date} x={m.date} stroke="#111827" strokeDasharray="3 3" label={{ value: '◯', position: 'top', fontSize: 10 }} />
        ))}
        <Brush
          dataKey="date"
          height={20}
          travellerWidth={8}
          startIndex={daysBetween(WAR_START, from)}
          endIndex={daysBetween(WAR_START, to)}
          tickFormatter={(d: string) => formatDay(d, { day: 'numeric', month: 'short' })}
          onChange={(r) => {
            if (r.startIndex === undefined || r.endIndex === undefined) return;
            if (performance.now() - lastInput.current > BRUSH_INPUT_WINDOW_MS) return;
            onRange(rows[r.startIndex].date, rows[r.endIndex].date);
          }}
        />
      </BarChart>
    </ResponsiveContainer>
    </div>
  );
}
