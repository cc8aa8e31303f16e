import { memo } from 'react';
import { formatDay } from '../data/calendar';
import type { Actor } from '../data/schemas';
import { formatFigure } from '../model/casualtyLabels';
import type { ClaimAgainstOwn } from '../model/claimsAgainstOwn';
import { VOICE_COLOURS } from '../model/casualtyVoices';

interface Props {
  rows: ClaimAgainstOwn[];
  actorsById: ReadonlyMap<string, Actor>;
}

const whose = { armenian: 'the Armenian side’s', azerbaijani: 'Azerbaijan’s' } as const;
const other = { armenian: 'Azerbaijan', azerbaijani: 'The Armenian side' } as const;

/** Each side's last wartime claim about the other's military dead, beside that side's own latest count. */
/** Memoised: a subject switch or a series toggle leaves it as it was. */
export const ClaimsAgainstOwn = memo(function ClaimsAgainstOwn({ rows, actorsById }: Props) {
  const name = (id: string) => actorsById.get(id)?.name ?? id;
  return (
    <section className="claims-against-own" aria-labelledby="claims-against-own">
      <h3 id="claims-against-own">Claims against own counts</h3>
      <p className="muted">
        Neither figure is the truth: one is what a side said about its enemy’s dead by 10 Nov 2020, the other
        what that enemy’s own officials counted.
      </p>
      <div className="claims-against-own__rows">
        {rows.map((r) => (
          <article key={r.about} className="claims-against-own__row">
            <h4>{`${other[r.about]}’s claim about ${whose[r.about]} military dead`}</h4>
            {r.claim ? (
              <p>
                <span className="figure" style={{ color: VOICE_COLOURS.other }}>
                  {formatFigure(r.claim)}
                </span>
                : <bdi>{name(r.claim.actorId)}</bdi>, announced {formatDay(r.claim.reportedOn)} (the last
                wartime claim).
              </p>
            ) : (
              <p>No wartime claim in the record.</p>
            )}
            {r.own ? (
              <p>
                <span className="figure" style={{ color: VOICE_COLOURS.own }}>
                  {formatFigure(r.own)}
                </span>
                : <bdi>{name(r.own.actorId)}</bdi>, announced {formatDay(r.own.reportedOn)} (the latest own
                count).
              </p>
            ) : (
              <p>No own count in the record by then.</p>
            )}
            {r.ratio ? (
              <p className="claims-against-own__ratio">
                The claim is <strong>{r.ratio}</strong> the own count.
              </p>
            ) : null}
          </article>
        ))}
      </div>
    </section>
  );
});
