import type { WarEvent } from '../data/schemas';

/**
 * Azerbaijan's official totals of places taken (issue 16, point 6): aggregate claims whose places
 * were not all named, so the map's rings, drawn from claims that name a place, can be set beside
 * them. Each entry is an event of the record; `moreThan` is the figure its summary and sources
 * give (tests/data/announcedTotals.test.ts checks both).
 */
export const ANNOUNCED_TOTAL_CLAIMS: readonly { eventId: string; moreThan: number }[] = [
  { eventId: 'ev-20201108-aliyev-200-settlements', moreThan: 200 },
  { eventId: 'ev-20201218-aliyev-300-settlements', moreThan: 300 },
];

export interface AnnouncedTotal {
  event: WarEvent;
  moreThan: number;
}

/** The totals found in the record, oldest first; one missing from the bundle is left out. */
export function announcedTotals(events: readonly WarEvent[]): AnnouncedTotal[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return ANNOUNCED_TOTAL_CLAIMS.flatMap(({ eventId, moreThan }) => {
    const event = byId.get(eventId);
    return event ? [{ event, moreThan }] : [];
  }).sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
}
