/** A day of the daily chart in words: for its tooltip, its focusable bar's name and the table. */
import { formatDay, type IsoDate } from '../data/calendar';
import type { EventType } from '../data/schemas';
import { nounFor } from './countLabel';
import type { DayCounts } from './dailyCounts';
import { eventTypeStyle } from './eventTypeStyle';
import { axisMarks } from './rangePresets';

export interface DayDescription {
  /** "Sat 10 Oct 2020" */
  date: string;
  total: number;
  /** The types with events that day, in the chart's order. */
  counts: { type: EventType; label: string; count: number }[];
  /** What the dashed line on this day marks, if one does: "Ceasefire (Moscow)". */
  mark?: string;
  /** All of it in one sentence, for a screen reader. */
  words: string;
}

const marks = new Map(axisMarks.map((m, i) => [m.date, { ...m, number: i + 1 }]));

/** The number shown over the dashed line of a marked day (1, 2, …), and what it marks. */
export function axisMarkOn(date: IsoDate): { number: number; label: string } | undefined {
  return marks.get(date);
}

export function describeDay(row: DayCounts, types: readonly EventType[]): DayDescription {
  const date = formatDay(row.date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const counts = types
    .filter((t) => (row.byType[t] ?? 0) > 0)
    .map((t) => ({ type: t, label: eventTypeStyle[t].label, count: row.byType[t] ?? 0 }));
  const mark = marks.get(row.date)?.label;
  const byType = counts.length ? `: ${counts.map((c) => `${c.label} ${c.count}`).join(', ')}` : '';
  const words = `${date}, ${row.total} ${nounFor(row.total, 'event')}${byType}.${mark ? ` Dashed line: ${mark}.` : ''}`;
  return { date, total: row.total, counts, mark, words };
}
