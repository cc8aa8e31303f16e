import { useMemo, useState } from 'react';
import { SourceList } from '../ui/SourceList';
import { formatDay } from '../data/calendar';
import type { Source } from '../data/schemas';
import { formatFigure } from '../model/casualtyLabels';
import type { SubjectSeries } from '../model/subjectSeries';

interface Props {
  series: readonly SubjectSeries[];
  caption: string;
  sourcesById: ReadonlyMap<string, Source>;
}

type SortKey = 'date' | 'series';

/**
 * The chart's numbers, one row per announcement with its sources, sorted by date (default) or by
 * series. On a phone each row is a card (see .data-table--cards), so nothing scrolls in a box.
 */
export function RevisionsTable({ series, caption, sourcesById }: Props) {
  const [sortBy, setSortBy] = useState<SortKey>('date');
  const rows = useMemo(() => {
    const all = series.flatMap((s) =>
      s.points.map((c) => ({ s, c, name: `${s.name}${s.detail ? `: ${s.detail}` : ''}` })),
    );
    const byDate = (a: (typeof all)[number], b: (typeof all)[number]) =>
      a.c.reportedOn < b.c.reportedOn ? -1 : a.c.reportedOn > b.c.reportedOn ? 1 : 0;
    return all.sort((a, b) =>
      sortBy === 'date'
        ? byDate(a, b) || a.name.localeCompare(b.name, 'en')
        : a.name.localeCompare(b.name, 'en') || byDate(a, b),
    );
  }, [series, sortBy]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sortBy === key ? 'ascending' : 'none'}>
      {label}
    </th>
  );
  // The sort buttons sit above the table, not in its header, which a phone shows as cards.
  const sortButton = (key: SortKey, label: string) => (
    <button
      type="button"
      className="button button--small"
      aria-pressed={sortBy === key}
      onClick={() => setSortBy(key)}
    >
      {label}
    </button>
  );
  return (
    <div className="table-wrap" role="region" aria-label="Casualty figures, table">
      <div className="table-sort" role="group" aria-label="Sort">
        Sort by {sortButton('date', 'Date')} {sortButton('series', 'Series')}
      </div>
      <table className="data-table data-table--cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('date', 'Announced')}
            <th scope="col">Figure</th>
            <th scope="col">Counts to</th>
            {header('series', 'Series')}
            <th scope="col">Who speaks</th>
            <th scope="col">Note</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ s, c, name }) => (
            <tr key={c.id}>
              <td data-label="Announced" data-date={c.reportedOn}>
                {formatDay(c.reportedOn)}
              </td>
              <td data-label="Figure" className="num">
                {formatFigure(c)}
              </td>
              <td data-label="Counts to">{formatDay(c.asOf)}</td>
              <td data-label="Series">{name}</td>
              <td data-label="Who speaks">{s.voiceText}</td>
              <td data-label="Note">{c.note}</td>
              <td data-label="Sources">
                <SourceList
                  ids={c.sourceIds}
                  sourcesById={sourcesById}
                  separator=" "
                  className="source-ref"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
