/** Events per day and type, for the timeline's stacked bars: one row per day of the war. */
import { eachDay, WAR_END, WAR_START, type IsoDate } from '../data/calendar';
import type { EventType, WarEvent } from '../data/schemas';

export interface DayCounts {
  date: IsoDate;
  total: number;
  byType: Partial<Record<EventType, number>>;
}

export function dailyCounts(events: readonly WarEvent[], from = WAR_START, to = WAR_END): DayCounts[] {
  const rows = new Map<IsoDate, DayCounts>(
    eachDay(from, to).map((date) => [date, { date, total: 0, byType: {} }]),
  );
  for (const e of events) {
    const row = rows.get(e.date);
    if (!row) continue;
    row.total += 1;
    row.byType[e.type] = (row.byType[e.type] ?? 0) + 1;
  }
  return [...rows.values()];
}
