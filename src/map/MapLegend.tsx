import type { EventType } from '../data/schemas';
import { eventTypeStyle } from '../model/eventTypeStyle';

/** Types present on the map now, each with colour, glyph and words; plus the claims ring. */
export function MapLegend({ types, claimsDate }: { types: EventType[]; claimsDate: string }) {
  return (
    <div className="legend" aria-label="Map legend" role="group">
      <ul role="list">
        {types.map((t) => (
          <li key={t}>
            <span className="legend__swatch" style={{ background: eventTypeStyle[t].colour }} aria-hidden="true">
              {eventTypeStyle[t].glyph}
            </span>
            {eventTypeStyle[t].label}
          </li>
        ))}
        <li>
          <span className="legend__ring" aria-hidden="true" />
          Announced as taken by {claimsDate} (Azerbaijani claim)
        </li>
        <li>
          <span className="legend__outline" aria-hidden="true" />
          Former oblast outline (1923–1991)
        </li>
        <li>
          <span className="legend__line" aria-hidden="true" />
          1994 ceasefire line (pre-war line of contact)
        </li>
      </ul>
      <p className="muted">Marker size grows with the number of events at a place.</p>
    </div>
  );
}
