import { ExternalLink } from '../app/ExternalLink';
import { formatDay } from '../data/calendar';
import type { RegionFeature, WarEvent } from '../data/schemas';
import type { Lookups } from '../model/lookups';
import { nounFor } from '../model/countLabel';
import { misplacedTowns } from '../model/approximateBoundaries';
import { LABELLED_TOWNS } from './labelledTowns';

interface Props {
  district: RegionFeature;
  eventsInRange: number;
  claims: WarEvent[];
  handovers: WarEvent[];
  lookups: Lookups;
  /** The selectable districts' shapes, to tell where the coarse outlines misplace a town. */
  shapes: readonly RegionFeature[];
  onClose: () => void;
}

const LANGS = [
  ['en', 'English'],
  ['az', 'Azerbaijani'],
  ['hy', 'Armenian'],
  ['ru', 'Russian'],
] as const;

/** The selected district: its names, what it is, and its part in the record. */
export function DistrictCard({ district, eventsInRange, claims, handovers, lookups, shapes, onClose }: Props) {
  const p = district.properties;
  const nameOf = (id: string) => shapes.find((s) => s.properties.id === id)?.properties.names.en ?? id;
  const misplaced = misplacedTowns(district, shapes, LABELLED_TOWNS, lookups.placesById);
  return (
    <section className="card district-card" aria-label={p.names.en}>
      <div className="card__head">
        <h3>{p.names.en}</h3>
        <button type="button" className="button button--quiet" onClick={onClose} aria-label={`Close ${p.names.en}`}>
          Close
        </button>
      </div>
      <dl className="names">
        {LANGS.map(([k, label]) => (
          <div key={k}>
            <dt>{label}</dt>
            <dd lang={k}>{p.names[k]}</dd>
          </div>
        ))}
      </dl>
      {p.description ? <p>{p.description}</p> : null}
      {misplaced.map((m) => (
        <p key={m.place.id} className="district-card__approximate">
          Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of {m.place.names.en}, in {nameOf(m.ownId)}, is drawn
          inside {nameOf(m.drawnInId)}, about {m.kmFromOwn.toFixed(1)} km from its own district’s outline.
        </p>
      ))}
      <p>
        <strong>{eventsInRange}</strong> {nounFor(eventsInRange, 'event')} in the selected date range.
      </p>
      {handovers.length ? (
        <p>
          Handover under the 10 Nov 2020 statement:{' '}
          {handovers.map((h) => formatDay(h.date)).join(', ')}.
        </p>
      ) : null}
      <h4>Announced as taken ({claims.length})</h4>
      {claims.length ? (
        <ol className="claim-list">
          {claims.map((c) => (
            <li key={c.id}>
              <strong>{formatDay(c.date)}</strong> — {c.placeIds.map((id) => lookups.placesById.get(id)?.names.en ?? id).join(', ')}{' '}
              <span className="muted">({lookups.actorsById.get(c.actorId)?.name ?? c.actorId}{c.status === 'denied' ? '; denied by the other side' : ''})</span>{' '}
              {c.sourceIds.slice(0, 2).map((id) => {
                const s = lookups.sourcesById.get(id);
                return s ? (
                  <ExternalLink key={id} href={s.url}>
                    {s.publisher}
                  </ExternalLink>
                ) : null;
              })}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No capture claims recorded for this district.</p>
      )}
    </section>
  );
}
