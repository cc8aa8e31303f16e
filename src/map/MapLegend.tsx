import type { EventType } from '../data/schemas';
import type { ClaimsOnMap } from '../model/claimsByDay';
import { countLabel } from '../model/countLabel';
import { eventTypeStyle } from '../model/eventTypeStyle';

interface Props {
  types: EventType[];
  claims: ClaimsOnMap;
  /** The range's first and last day, formatted. */
  fromLabel: string;
  toLabel: string;
}

/**
 * Types present on the map now, each as the plain circle the map draws, with its words; the
 * claim rings by kind, each with the number drawn (so the legend counts what the map shows); the
 * district fills and the lines.
 */
export function MapLegend({ types, claims, fromLabel, toLabel }: Props) {
  const drawn = claims.drawn;
  const count = (test: (c: (typeof drawn)[number]) => boolean) => drawn.filter(test).length;
  const earlier = count((c) => c.recency === 'earlier');
  return (
    <div className="legend" aria-label="Map legend" role="group">
      <ul role="list">
        {types.map((t) => (
          <li key={t}>
            <span
              className="legend__swatch"
              style={{ background: eventTypeStyle[t].colour }}
              aria-hidden="true"
            />
            {eventTypeStyle[t].label}
          </li>
        ))}
      </ul>
      <ul role="list" aria-label="Territorial claims">
        <li>
          <span className="legend__ring legend__ring--on-end-day" aria-hidden="true" />
          Announced as taken on {toLabel} ({count((c) => c.recency === 'on-end-day')})
        </li>
        <li>
          <span className="legend__ring legend__ring--in-range" aria-hidden="true" />
          Earlier in the range, from {fromLabel} ({count((c) => c.recency === 'in-range')})
        </li>
        {earlier ? (
          <li>
            <span className="legend__ring legend__ring--earlier" aria-hidden="true" />
            Before {fromLabel} ({earlier})
          </li>
        ) : null}
        <li>
          <span className="legend__ring legend__ring--denied" aria-hidden="true" />
          Dotted: the other side denied it ({count((c) => c.denied)})
        </li>
      </ul>
      <p className="muted" data-claims-drawn={drawn.length}>
        Rings: {countLabel(drawn.length, 'place')} Azerbaijan announced as taken by {toLabel} (claims, not a
        verified front line)
        {claims.unlocated.length
          ? `; ${claims.unlocated.length} more without coordinates are listed below the map.`
          : '.'}
      </p>
      <AreasLegend />
      <p className="muted">
        Marker size grows with the number of events at a place; its colour is the most frequent type there.
      </p>
    </div>
  );
}

/** The district fills and the lines: the same whatever the range. */
function AreasLegend() {
  return (
    <ul role="list" aria-label="Areas and lines">
      <li>
        <span className="legend__fill legend__fill--nk" aria-hidden="true" />
        Nagorno-Karabakh (Azerbaijani units over the former oblast)
      </li>
      <li>
        <span className="legend__fill legend__fill--adjacent" aria-hidden="true" />
        The seven adjacent districts
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
  );
}
