import { SourceLinks } from '../app/SourceLinks';
import { formatDay } from '../data/calendar';
import type { Source } from '../data/schemas';
import type { Series } from '../model/casualtySeries';
import { formatFigure } from '../model/casualtyLabels';

interface Props {
  series: Series[];
  labels: Map<string, string>;
  sourcesById: ReadonlyMap<string, Source>;
}

/** The revisions chart's numbers, one row per announcement, with its sources. */
export function RevisionsTable({ series, labels, sourcesById }: Props) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Casualty figures, table">
      <table className="data-table">
        <caption className="visually-hidden">Casualty figures by announcement</caption>
        <thead>
          <tr>
            <th scope="col">Announced</th>
            <th scope="col">Figure</th>
            <th scope="col">Counts to</th>
            <th scope="col">Series</th>
            <th scope="col">Note</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s) =>
            s.points.map((c) => (
              <tr key={c.id}>
                <td data-date={c.reportedOn}>{formatDay(c.reportedOn)}</td>
                <td className="num">{formatFigure(c)}</td>
                <td>{formatDay(c.asOf)}</td>
                <td>{labels.get(s.id)}</td>
                <td>{c.note}</td>
                <td>
                  <SourceLinks ids={c.sourceIds} sourcesById={sourcesById} />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
