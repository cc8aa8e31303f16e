/** The range and filters of a view in words, for the printed document's header. */
import { formatDay } from '../data/calendar';
import type { ViewState } from '../state/viewState';
import { eventStatusLabel, eventTypeStyle } from './eventTypeStyle';
import type { Lookups } from './lookups';

export function describeRange(s: Pick<ViewState, 'from' | 'to'>): string {
  return s.from === s.to ? formatDay(s.from) : `${formatDay(s.from)} – ${formatDay(s.to)}`;
}

/** One line per active filter ("Types: Drone strike, Ceasefire"), or none. */
export function describeFilters(
  s: ViewState,
  l: Lookups,
  regionName: (id: string) => string = (id) => id,
): string[] {
  const out: string[] = [];
  if (s.types.length) out.push(`Types: ${s.types.map((t) => eventTypeStyle[t].label).join(', ')}`);
  if (s.statuses.length) out.push(`Status: ${s.statuses.map((t) => eventStatusLabel[t]).join(', ')}`);
  if (s.sides.length) out.push(`Sides: ${s.sides.join(', ')}`);
  if (s.actors.length)
    out.push(`Claimants: ${s.actors.map((a) => l.actorsById.get(a)?.name ?? a).join(', ')}`);
  if (s.region) out.push(`District: ${regionName(s.region)}`);
  if (s.place) out.push(`Place: ${l.placesById.get(s.place)?.names.en ?? s.place}`);
  if (s.q) out.push(`Text: “${s.q}”`);
  return out;
}
