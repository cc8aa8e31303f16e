import type { PlaceGroup } from '../model/eventsByPlace';
import { countLabel } from '../model/countLabel';
import { eventTypeStyle } from '../model/eventTypeStyle';

/**
 * What an event marker says on hover and keyboard focus, and as its accessible name: the place
 * with both toponyms (the gazetteer's English name holds both where they differ, and the
 * Azerbaijani form is added where it differs from a single English one), the number of events
 * in the range and filters, and their types, most frequent first.
 */
export function markerText(g: PlaceGroup): string {
  const { en, az } = g.place.names;
  const name = en.includes(' / ') || !az || az === en ? en : `${en} (${az})`;
  const counts = new Map<string, number>();
  for (const e of g.events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const types = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${eventTypeStyle[t as keyof typeof eventTypeStyle].label.toLowerCase()} ${n}`)
    .join(', ');
  return `${name}: ${countLabel(g.events.length, 'event')} in range (${types})`;
}
