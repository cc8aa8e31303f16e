import { SourceLinks } from '../app/SourceLinks';
import { formatDay } from '../data/calendar';
import type { Actor, Source } from '../data/schemas';
import type { ComparedGroup } from '../model/claimsCompared';
import { formatFigure } from '../model/casualtyLabels';
import { groupWords, subjectSuffix, voiceWords, whoseWords } from './comparedWords';

interface Props {
  groups: ComparedGroup[];
  caption: string;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
}

export function ComparedTable({ groups, caption, actorsById, sourcesById }: Props) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption}, table`}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Whose dead</th>
            <th scope="col">Reported by</th>
            <th scope="col">Voice</th>
            <th scope="col">Figure</th>
            <th scope="col">Announced</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {groups.flatMap((g) =>
            g.claims.map((c) => (
              <tr key={c.seriesId}>
                <td>
                  {whoseWords[g.whose]} {groupWords[g.group]}
                  {subjectSuffix(c.side, g.whose)}
                </td>
                <td>{actorsById.get(c.actorId)?.name ?? c.actorId}</td>
                <td>{voiceWords[c.voice]}</td>
                <td className="num">{formatFigure(c.figure)}</td>
                <td>{formatDay(c.figure.reportedOn)}</td>
                <td>
                  <SourceLinks ids={c.figure.sourceIds} sourcesById={sourcesById} />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
