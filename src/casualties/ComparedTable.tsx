import { memo } from 'react';
import { SourceList } from '../ui/SourceList';
import { formatDay } from '../data/calendar';
import type { Actor, Source } from '../data/schemas';
import type { ComparedGroup } from '../model/claimsCompared';
import { formatFigure } from '../model/casualtyLabels';
import { groupWords, measureSuffix, subjectSuffix, whoseWords } from './comparedWords';

interface Props {
  groups: ComparedGroup[];
  caption: string;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
}

/** Memoised: a subject switch or a series toggle leaves it as it was. */
export const ComparedTable = memo(function ComparedTable({
  groups,
  caption,
  actorsById,
  sourcesById,
}: Props) {
  return (
    <div className="table-wrap" role="region" aria-label={`${caption}, table`}>
      <table className="data-table data-table--cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Whose dead</th>
            <th scope="col">Reported by</th>
            <th scope="col">Who speaks</th>
            <th scope="col">Figure</th>
            <th scope="col">Announced</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {groups.flatMap((g) =>
            g.claims.map((c) => (
              <tr key={c.seriesId}>
                <td data-label="Whose dead">
                  {whoseWords[g.whose]} {groupWords[g.group]}
                  {subjectSuffix(c.side, g.whose)}
                </td>
                <td data-label="Reported by">{actorsById.get(c.actorId)?.name ?? c.actorId}</td>
                <td data-label="Who speaks">{c.voiceText}</td>
                <td data-label="Figure" className="num">
                  {formatFigure(c.figure)}
                  {measureSuffix(c.figure)}
                </td>
                <td data-label="Announced">{formatDay(c.figure.reportedOn)}</td>
                <td data-label="Source">
                  <SourceList
                    ids={c.figure.sourceIds}
                    sourcesById={sourcesById}
                    separator=" "
                    className="source-ref"
                  />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
});
