/** The event list as rows: a heading row for each day, then that day's events. */
import type { IsoDate } from '../data/calendar';
import type { WarEvent } from '../data/schemas';
import { compareEvents, isSorted } from './eventIndex';

export type EventRow = { kind: 'day'; date: IsoDate; count: number } | { kind: 'event'; event: WarEvent };

export function buildEventRows(events: readonly WarEvent[], order: 'asc' | 'desc'): EventRow[] {
  // The selectors hand over events already in order; sorting is for any other caller.
  const sorted = isSorted(events) ? [...events] : [...events].sort(compareEvents);
  if (order === 'desc') sorted.reverse();
  const rows: EventRow[] = [];
  let i = 0;
  while (i < sorted.length) {
    const date = sorted[i].date;
    let j = i;
    while (j < sorted.length && sorted[j].date === date) j++;
    rows.push({ kind: 'day', date, count: j - i });
    for (let k = i; k < j; k++) rows.push({ kind: 'event', event: sorted[k] });
    i = j;
  }
  return rows;
}
