/**
 * Aggregates events by place, so the map draws one marker per place however many events there
 * are (10,000 events still make at most one marker per located gazetteer entry). Each group knows its
 * most frequent type, which colours the marker.
 */
import { isLocated } from '../data/isLocated';
import type { EventType, LocatedPlace, Place, WarEvent } from '../data/schemas';
import { compareIds } from './compareIds';

export interface PlaceGroup {
  place: LocatedPlace;
  events: WarEvent[];
  mainType: EventType;
}

export function groupEventsByPlace(
  events: readonly WarEvent[],
  placesById: ReadonlyMap<string, Place>,
): PlaceGroup[] {
  const groups = new Map<string, WarEvent[]>();
  for (const e of events) {
    for (const id of e.placeIds) {
      let list = groups.get(id);
      if (!list) groups.set(id, (list = []));
      list.push(e);
    }
  }
  const out: PlaceGroup[] = [];
  for (const [id, list] of groups) {
    const place = placesById.get(id);
    if (!place || !isLocated(place)) continue; // unlocated places are listed, not mapped
    const counts = new Map<EventType, number>();
    for (const e of list) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    let mainType = list[0].type;
    for (const [t, n] of counts) if (n > (counts.get(mainType) ?? 0)) mainType = t;
    out.push({ place, events: list, mainType });
  }
  // Larger groups first, so small markers are drawn on top and stay clickable.
  return out.sort((a, b) => b.events.length - a.events.length || compareIds(a.place.id, b.place.id));
}
