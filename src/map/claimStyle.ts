import type { CircleMarkerOptions } from 'leaflet';
import { formatDay } from '../data/calendar';
import type { DrawnClaim } from '../model/claimsByDay';

/**
 * How a claim ring looks, for Leaflet (ClaimsLayer) and the static picture (app.css classes).
 * Rings are black and grey, so they never share a colour with an event type (eventTypeStyle.ts):
 * a claim announced on the end day is a thick solid ring, one earlier in the range a dashed
 * ring, one before the range a thin grey ring; a claim the other side denied is dotted.
 */
export const RING_COLOURS = { new: '#000000', earlier: '#6b7280' } as const;

export function ringOptions(c: Pick<DrawnClaim, 'recency' | 'denied'>): CircleMarkerOptions {
  const colour = c.recency === 'earlier' ? RING_COLOURS.earlier : RING_COLOURS.new;
  const weight = c.recency === 'on-end-day' ? 3 : c.recency === 'in-range' ? 2 : 1.5;
  const dashArray = c.denied ? '1 3' : c.recency === 'on-end-day' ? undefined : '4 2';
  return { color: colour, weight, dashArray, fill: false, radius: c.recency === 'on-end-day' ? 9 : 7 };
}

export function ringClass(c: Pick<DrawnClaim, 'recency' | 'denied'>): string {
  return `static-map__claim--${c.recency}${c.denied ? ' static-map__claim--denied' : ''}`;
}

/** What a ring's tooltip says: the place, when, who, and a denial. */
export function ringText(c: DrawnClaim, actorName: string): string {
  const when =
    c.recency === 'on-end-day'
      ? ' (the selected end day)'
      : c.recency === 'earlier'
        ? ' (before the selected range)'
        : '';
  const denied = c.denied ? '; the other side denied it' : '';
  // U+2068…U+2069 isolate the data's names, so a stray direction mark cannot reorder our words.
  const place = `\u2068${c.place.names.en}\u2069`;
  return `${place}: announced as taken on ${formatDay(c.claim.date)}${when} by \u2068${actorName}\u2069 (claim${denied})`;
}
