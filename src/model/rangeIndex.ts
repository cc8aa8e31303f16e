/**
 * A date range as a window on the events that pass every other filter (issue 19, point 7).
 * Those events change only when a filter does; a step of the range moves two positions on them.
 * Everything a step needs (the list's rows, the map's groups, the types and the facet counts) is
 * then read from indexes built once per filter state, by binary search, instead of by a pass
 * over every event in range: at 100× events a pass took 5 to 15 ms, longer than a frame.
 */
import type { IsoDate } from '../data/calendar';
import type { EventType, WarEvent } from '../data/schemas';

export interface FilteredRange {
  /** The events that pass every filter but the date, oldest first (by date, then id). */
  matching: readonly WarEvent[];
  /** The window in range: `matching[lo]` up to, not including, `matching[hi]`. */
  lo: number;
  hi: number;
}

/** The first index in [0, length) where `before` stops holding; it must hold on a prefix only. */
function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is not below `value`, in an ascending array. */
export function lowerBound(ascending: ArrayLike<number>, value: number): number {
  return partitionPoint(ascending.length, (i) => ascending[i] < value);
}

/** How many of the ascending positions lie in the window [lo, hi). */
export function countInWindow(positions: readonly number[], lo: number, hi: number): number {
  return lowerBound(positions, hi) - lowerBound(positions, lo);
}

/** First position whose date is not before `date` (or after it, when `after` is set). */
export function dateBound(sorted: readonly WarEvent[], date: IsoDate, after: boolean): number {
  return partitionPoint(sorted.length, (i) => sorted[i].date < date || (after && sorted[i].date === date));
}

/** The window of a date-sorted array dated from `from` to `to`, both included. */
export function windowBetween(matching: readonly WarEvent[], from: IsoDate, to: IsoDate): FilteredRange {
  if (from > to) return { matching, lo: 0, hi: 0 };
  return { matching, lo: dateBound(matching, from, false), hi: dateBound(matching, to, true) };
}

/** The positions of the events under each key, ascending. */
export function positionsBy<K>(
  events: readonly WarEvent[],
  keyOf: (e: WarEvent) => K | undefined,
): Map<K, number[]> {
  const out = new Map<K, number[]>();
  for (let i = 0; i < events.length; i++) {
    const k = keyOf(events[i]);
    if (k === undefined) continue;
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(i);
  }
  return out;
}

/** For each key, how many of the window's events are under it; keys with none are left out. */
export function countsInWindow<K>(
  positions: ReadonlyMap<K, number[]>,
  lo: number,
  hi: number,
): Map<K, number> {
  const out = new Map<K, number>();
  for (const [k, list] of positions) {
    const n = countInWindow(list, lo, hi);
    if (n) out.set(k, n);
  }
  return out;
}

const typePositions = new WeakMap<readonly WarEvent[], Map<EventType, number[]>>();

/** The event types in the window, sorted. */
export function typesInWindow({ matching, lo, hi }: FilteredRange): EventType[] {
  let byType = typePositions.get(matching);
  if (!byType) typePositions.set(matching, (byType = positionsBy(matching, (e) => e.type)));
  return [...countsInWindow(byType, lo, hi).keys()].sort();
}
