import { memo } from 'react';
import type { Actor, Source } from '../data/schemas';
import { formatDay } from '../data/calendar';
import { plotValue } from '../model/casualtySeries';
import { formatFigure } from '../model/casualtyLabels';
import type { ComparedGroup } from '../model/claimsCompared';
import { voiceColour, voiceDashed } from '../model/casualtyVoices';
import { groupWords, measureSuffix, subjectSuffix, whoseWords } from './comparedWords';

interface Props {
  groups: ComparedGroup[];
  title: string;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
}

/**
 * One panel of claims side by side, as HTML so that names and figures wrap instead of being cut
 * at any width: per group, one row per reporter's latest claim, a bar scaled within the group
 * (a small civilian count is not flattened by a military one), the figure as given, who speaks,
 * when, and the first source's publisher.
 */
/** Memoised: a subject switch or a series toggle leaves it as it was. */
export const ComparedPanel = memo(function ComparedPanel({ groups, title, actorsById, sourcesById }: Props) {
  return (
    <section className="compared-panel" aria-label={title}>
      <h3>{title}</h3>
      {groups.length === 0 ? <p className="empty">No figure had been announced by then.</p> : null}
      {groups.map((g) => {
        const max = Math.max(
          ...g.claims.filter((c) => c.figure.measure === 'killed').map((c) => plotValue(c.figure)),
          1,
        );
        return (
          <div key={`${g.whose}-${g.group}`} className="compared-group">
            <h4>
              {whoseWords[g.whose]} {groupWords[g.group]}
            </h4>
            <ul>
              {g.claims.map((c) => {
                const f = c.figure;
                const dead = f.measure === 'killed';
                return (
                  <li key={c.seriesId} className="compared-row">
                    <span className="compared-row__who">
                      <bdi>{actorsById.get(c.actorId)?.name ?? c.actorId}</bdi>
                      {subjectSuffix(c.side, g.whose)}
                    </span>
                    <span className="compared-row__bar" aria-hidden="true">
                      <span
                        style={{
                          width: `${Math.min(100, (plotValue(f) / max) * 100)}%`,
                          background: dead && !voiceDashed(c.voice) ? voiceColour(c.voice) : 'transparent',
                          borderColor: voiceColour(c.voice),
                        }}
                        className={dead ? '' : 'compared-row__bar--other'}
                      />
                    </span>
                    <span className="compared-row__value">
                      <strong>{formatFigure(f)}</strong>
                      {measureSuffix(f)}
                    </span>
                    <span className="compared-row__meta" style={{ color: voiceColour(c.voice) }}>
                      {c.voiceText} · {formatDay(f.reportedOn)} ·{' '}
                      {f.sourceIds.map((id) => sourcesById.get(id)?.publisher ?? id).join(', ')}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
});
