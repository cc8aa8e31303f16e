/**
 * The events sorted once by date (then id), with a binary search for a date range, so a change
 * of the timeline's range looks only at the days inside it instead of every event in the bundle.
 * Indexes are cached per events array, so the map and the timeline share one.
 */
import type { IsoDate } from '../data/calendar';
import type { WarEvent } from '../data/schemas';
import { compareIds } from './compareIds';
import { windowBetween } from './rangeIndex';

export function compareEvents(a: WarEvent, b: WarEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : compareIds(a.id, b.id);
}

export interface EventIndex {
  /** Oldest first; ties by id. */
  sorted: readonly WarEvent[];
}

const indexes = new WeakMap<readonly WarEvent[], EventIndex>();

export function indexEvents(events: readonly WarEvent[]): EventIndex {
  let index = indexes.get(events);
  if (!index) {
    index = { sorted: isSorted(events) ? events : [...events].sort(compareEvents) };
    indexes.set(events, index);
  }
  return index;
}

export function isSorted(events: readonly WarEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (compareEvents(events[i - 1], events[i]) > 0) return false;
  return true;
}

/** The events dated from `from` to `to`, both included, oldest first. */
export function eventsBetween(events: readonly WarEvent[], from: IsoDate, to: IsoDate): readonly WarEvent[] {
  const { matching, lo, hi } = windowBetween(indexEvents(events).sorted, from, to);
  return matching.slice(lo, hi);
}
