/**
 * The event list as rows: a heading row for each day, then that day's events. A date range is
 * whole days, so its rows are one run of the rows of every event that passes the filters: they
 * are built once per filter state and order, and a step of the range only moves the run's ends
 * (issue 19: at 100× events, building 90,000 rows a step took longer than a frame).
 */
import type { IsoDate } from '../data/calendar';
import type { WarEvent } from '../data/schemas';
import { compareEvents, isSorted } from './eventIndex';
import type { FilteredRange } from './rangeIndex';

export type EventRow = { kind: 'day'; date: IsoDate; count: number } | { kind: 'event'; event: WarEvent };

/** The rows of one window, by index; only the rows asked for are read. */
export interface EventRows {
  readonly length: number;
  at(index: number): EventRow;
  /** A stable key for the row: `day-<date>` or the event's id. */
  key(index: number): string;
  /** The row whose key is `key`, or -1. */
  indexOf(key: string): number;
  /** The day heading to show for `date`: that day's, else the nearest earlier day's listed. */
  dayRowFor(date: IsoDate): number;
}

interface AllRows {
  rows: EventRow[];
  keys: string[];
  /** The row of each day heading, in list order, and its date. */
  dayRows: number[];
  dayDates: IsoDate[];
  /** For each event's position in `matching`, the row of its day's heading. */
  headOf: Int32Array;
}

function buildAllRows(matching: readonly WarEvent[], order: 'asc' | 'desc'): AllRows {
  const positions = matching.map((_, i) => i);
  if (order === 'desc') positions.reverse();
  const all: AllRows = {
    rows: [],
    keys: [],
    dayRows: [],
    dayDates: [],
    headOf: new Int32Array(matching.length),
  };
  let i = 0;
  while (i < positions.length) {
    const date = matching[positions[i]].date;
    let j = i;
    while (j < positions.length && matching[positions[j]].date === date) j++;
    const head = all.rows.length;
    all.dayRows.push(head);
    all.dayDates.push(date);
    all.rows.push({ kind: 'day', date, count: j - i });
    all.keys.push(`day-${date}`);
    for (let k = i; k < j; k++) {
      const event = matching[positions[k]];
      all.headOf[positions[k]] = head;
      all.rows.push({ kind: 'event', event });
      all.keys.push(event.id);
    }
    i = j;
  }
  return all;
}

const built = new WeakMap<readonly WarEvent[], Partial<Record<'asc' | 'desc', AllRows>>>();

function allRowsOf(matching: readonly WarEvent[], order: 'asc' | 'desc'): AllRows {
  let byOrder = built.get(matching);
  if (!byOrder) built.set(matching, (byOrder = {}));
  return (byOrder[order] ??= buildAllRows(matching, order));
}

/** The rows of a window on date-sorted events, in the given order. */
export function eventRowsInWindow({ matching, lo, hi }: FilteredRange, order: 'asc' | 'desc'): EventRows {
  const all = allRowsOf(matching, order);
  const [first, last] = order === 'asc' ? [lo, hi] : [hi - 1, lo - 1];
  const start = hi > lo ? all.headOf[first] : 0;
  const end = hi <= lo ? 0 : last >= 0 && last < matching.length ? all.headOf[last] : all.rows.length;
  return {
    length: end - start,
    at: (index) => all.rows[start + index],
    key: (index) => all.keys[start + index],
    indexOf(key) {
      const i = all.keys.indexOf(key, start);
      return i >= 0 && i < end ? i - start : -1;
    },
    dayRowFor(date) {
      const upTo = all.dayRows.filter((r, i) => r >= start && r < end && all.dayDates[i] <= date);
      if (!upTo.length) return 0;
      return (order === 'asc' ? upTo[upTo.length - 1] : upTo[0]) - start;
    },
  };
}

/** The rows of any list of events: sorted by date, then id, first. */
export function buildEventRows(events: readonly WarEvent[], order: 'asc' | 'desc'): EventRows {
  const sorted = isSorted(events) ? events : [...events].sort(compareEvents);
  return eventRowsInWindow({ matching: sorted, lo: 0, hi: sorted.length }, order);
}
