/**
 * Aggregates events by place, so the map draws one marker per place however many events there
 * are (10,000 events still make at most one marker per located gazetteer entry). Each group knows its
 * most frequent type, which colours the marker.
 */
import { isLocated } from '../data/isLocated';
import type { EventType, LocatedPlace, Place, WarEvent } from '../data/schemas';
import { compareIds } from './compareIds';
import { lowerBound, type FilteredRange } from './rangeIndex';

export interface PlaceGroup {
  place: LocatedPlace;
  events: WarEvent[];
  mainType: EventType;
}

/** One located place's events in `matching`, with their positions there, in all and by type. */
interface PlaceEvents {
  place: LocatedPlace;
  events: WarEvent[];
  positions: number[];
  byType: Map<EventType, number[]>;
}

const placeIndexes = new WeakMap<
  readonly WarEvent[],
  { placesById: ReadonlyMap<string, Place>; index: PlaceEvents[] }
>();

function placeIndex(matching: readonly WarEvent[], placesById: ReadonlyMap<string, Place>): PlaceEvents[] {
  const cached = placeIndexes.get(matching);
  if (cached?.placesById === placesById) return cached.index;
  const byId = new Map<string, PlaceEvents>();
  matching.forEach((e, i) => {
    for (const id of e.placeIds) {
      let entry = byId.get(id);
      if (!entry) {
        const place = placesById.get(id);
        if (!place || !isLocated(place)) continue; // unlocated places are listed, not mapped
        byId.set(id, (entry = { place, events: [], positions: [], byType: new Map() }));
      }
      entry.events.push(e);
      entry.positions.push(i);
      const ofType = entry.byType.get(e.type);
      if (ofType) ofType.push(i);
      else entry.byType.set(e.type, [i]);
    }
  });
  const index = [...byId.values()];
  placeIndexes.set(matching, { placesById, index });
  return index;
}

/** The type with the most events in the window; on a tie, the one that comes first in it. */
function mainTypeIn(byType: ReadonlyMap<EventType, number[]>, lo: number, hi: number): EventType | undefined {
  let best: { type: EventType; n: number; first: number } | undefined;
  for (const [type, positions] of byType) {
    const start = lowerBound(positions, lo);
    const n = lowerBound(positions, hi) - start;
    if (n && (!best || n > best.n || (n === best.n && positions[start] < best.first)))
      best = { type, n, first: positions[start] };
  }
  return best?.type;
}

/**
 * The groups of the events in a window (issue 19): each place's events are a slice of its list,
 * found by search, so a step of the range does not visit every event in it.
 */
export function groupEventsInWindow(
  { matching, lo, hi }: FilteredRange,
  placesById: ReadonlyMap<string, Place>,
): PlaceGroup[] {
  const out: PlaceGroup[] = [];
  for (const { place, events, positions, byType } of placeIndex(matching, placesById)) {
    const start = lowerBound(positions, lo);
    const end = lowerBound(positions, hi);
    if (end === start) continue;
    const mainType = mainTypeIn(byType, lo, hi);
    if (mainType) out.push({ place, events: events.slice(start, end), mainType });
  }
  // Larger groups first, so small markers are drawn on top and stay clickable.
  return out.sort((a, b) => b.events.length - a.events.length || compareIds(a.place.id, b.place.id));
}

/** The groups of any list of events, in its order. */
export function groupEventsByPlace(
  events: readonly WarEvent[],
  placesById: ReadonlyMap<string, Place>,
): PlaceGroup[] {
  return groupEventsInWindow({ matching: events, lo: 0, hi: events.length }, placesById);
}
