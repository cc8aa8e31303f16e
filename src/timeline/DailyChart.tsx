import { memo, useCallback, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { daysBetween, formatDay, WAR_START } from '../data/calendar';
import type { EventType } from '../data/schemas';
import type { DayCounts } from '../model/dailyCounts';
import { axisMarkOn, describeDay } from '../model/dayDescription';
import { eventTypeStyle } from '../model/eventTypeStyle';
import { axisMarks } from '../model/rangePresets';
import { commitViewState, useViewState, writeViewState } from '../state/useViewState';
import { DayButtons } from './DayButtons';
import { DayTooltip } from './DayTooltip';
import { RangeBrush } from './RangeBrush';

interface Props {
  rows: DayCounts[];
  types: EventType[];
}

/** Recharts' layout for this chart: margins plus the y axis' width and the x axis' height (px). */
const MARGIN = { top: 18, right: 8, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 34;
const X_AXIS_HEIGHT = 30;
const PLOT_INSET = {
  left: MARGIN.left + Y_AXIS_WIDTH,
  right: MARGIN.right,
  top: MARGIN.top,
  bottom: MARGIN.bottom + X_AXIS_HEIGHT,
};

/**
 * One stacked bar a day, with the brush drawn over it, a tooltip on the day under the pointer or
 * the keyboard, and one focusable day at a time (arrow keys move it). The brush reads the range
 * as the URL holds it this instant, so it moves in the input's own frame. Loaded lazily.
 */
export default function DailyChart({ rows, types }: Props) {
  const [{ from, to }] = useViewState();
  const [hover, setHover] = useState<number | undefined>(undefined);
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const described = useMemo(() => rows.map((r) => describeDay(r, types)), [rows, types]);
  const shown = hover ?? focused;
  // Stable, so the days (memoised) skip the render of a step that leaves the start in place.
  const pickDay = useCallback(
    (i: number) => writeViewState({ from: rows[i].date, to: rows[i].date }),
    [rows],
  );
  return (
    <div className="daily-chart">
      <Bars rows={rows} types={types} />
      <RangeBrush
        count={rows.length}
        from={daysBetween(WAR_START, from)}
        to={daysBetween(WAR_START, to)}
        inset={PLOT_INSET}
        onChange={(a, b) => writeViewState({ from: rows[a].date, to: rows[b].date }, 'step')}
        onCommit={commitViewState}
        onHover={setHover}
      >
        <DayButtons
          days={described}
          start={daysBetween(WAR_START, from)}
          onFocusDay={setFocused}
          onPick={pickDay}
        />
        {shown !== undefined && described[shown] ? (
          <DayTooltip day={described[shown]} index={shown} count={rows.length} />
        ) : null}
      </RangeBrush>
    </div>
  );
}

/** The bars depend on the filters, not on the range: a range change does not redraw them. */
const Bars = memo(function Bars({ rows, types }: { rows: DayCounts[]; types: EventType[] }) {
  const data = rows.map((r) => ({ date: r.date, ...r.byType }));
  return (
    <ResponsiveContainer width="100%" height={180}>
      {/* Recharts' keyboard layer would add an unnamed tab stop: the days below are the keyboard's route. */}
      <BarChart data={data} margin={MARGIN} barCategoryGap={1} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e5e7eb" />
        <XAxis
          dataKey="date"
          height={X_AXIS_HEIGHT}
          tickFormatter={(d: string) => formatDay(d, { day: 'numeric', month: 'short' })}
          interval={6}
          tick={{ fontSize: 11 }}
        />
        <YAxis width={Y_AXIS_WIDTH} allowDecimals={false} tick={{ fontSize: 11 }} />
        {types.map((t) => (
          <Bar key={t} dataKey={t} stackId="day" fill={eventTypeStyle[t].colour} isAnimationActive={false} />
        ))}
        {axisMarks.map((m) => (
          <ReferenceLine
            key={m.date}
            x={m.date}
            stroke="#111827"
            strokeDasharray="3 3"
            label={{ value: String(axisMarkOn(m.date)?.number ?? ''), position: 'top', fontSize: 10 }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
