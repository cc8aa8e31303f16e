/**
 * A synthetic load for the bench: the real events multiplied by a factor, each copy with a new
 * id and its date moved by a few days within the war, so that ranges and days fill up as they
 * would with a larger record. Code of the bench (the event index's tests reuse it), served only
 * through request interception — never part of the shipped bundle.
 */
import { addDays, clampDate, WAR_END, WAR_START } from '../../src/data/calendar';
import type { WarEvent } from '../../src/data/schemas';

export function multiplyEvents(events: readonly WarEvent[], factor: number): WarEvent[] {
  const out: WarEvent[] = [...events];
  for (let copy = 1; copy < factor; copy++) {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const shifted =
        e.date <= WAR_END ? clampDate(addDays(e.date, ((copy * 7 + i) % 9) - 4), WAR_START, WAR_END) : e.date;
      out.push({ ...e, id: `${e.id}-x${copy}`, date: shifted, key: undefined });
    }
  }
  return out.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}
