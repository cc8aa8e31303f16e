import { SourceList } from '../ui/SourceList';
import { formatDay } from '../data/calendar';
import type { RegionFeature, WarEvent } from '../data/schemas';
import type { Lookups } from '../model/lookups';
import { nounFor } from '../model/countLabel';

interface Props {
  district: RegionFeature;
  eventsInRange: number;
  claims: WarEvent[];
  handovers: WarEvent[];
  lookups: Lookups;
  onClose: () => void;
}

const LANGS = [
  ['en', 'English'],
  ['az', 'Azerbaijani'],
  ['hy', 'Armenian'],
  ['ru', 'Russian'],
] as const;

/** The selected district: its names, what it is, and its part in the record. */
export function DistrictCard({ district, eventsInRange, claims, handovers, lookups, onClose }: Props) {
  const p = district.properties;
  return (
    <section className="card district-card" aria-label={p.names.en}>
      <div className="card__head">
        <h3>{p.names.en}</h3>
        <button
          type="button"
          className="button button--quiet"
          onClick={onClose}
          aria-label={`Close ${p.names.en}`}
        >
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
      <p>
        <strong>{eventsInRange}</strong> {nounFor(eventsInRange, 'event')} in the selected date range.
      </p>
      {handovers.length ? (
        <p>Handover under the 10 Nov 2020 statement: {handovers.map((h) => formatDay(h.date)).join(', ')}.</p>
      ) : null}
      <h4>Announced as taken ({claims.length})</h4>
      {claims.length ? (
        <ol className="claim-list">
          {claims.map((c) => (
            <li key={c.id}>
              <strong>{formatDay(c.date)}</strong> —{' '}
              <bdi>{c.placeIds.map((id) => lookups.placesById.get(id)?.names.en ?? id).join(', ')}</bdi>{' '}
              <span className="muted">
                (<bdi>{lookups.actorsById.get(c.actorId)?.name ?? c.actorId}</bdi>
                {c.status === 'denied' ? '; denied by the other side' : ''})
              </span>{' '}
              <SourceList ids={c.sourceIds} sourcesById={lookups.sourcesById} max={2} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No capture claims recorded for this district.</p>
      )}
    </section>
  );
}
