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
  const rows = useMemo(() => sortedRows(series, sortBy), [series, sortBy]);
  const sort = { sortBy, setSortBy };
  return (
    <div className="table-wrap" role="region" aria-label="Casualty figures, table">
      <div className="table-sort" role="group" aria-label="Sort">
        Sort by <SortButton {...sort} sortKey="date" label="Date" />{' '}
        <SortButton {...sort} sortKey="series" label="Series" />
      </div>
      <table className="data-table data-table--cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortedHeader sortBy={sortBy} sortKey="date" label="Announced" />
            <th scope="col">Figure</th>
            <th scope="col">Counts to</th>
            <SortedHeader sortBy={sortBy} sortKey="series" label="Series" />
            <th scope="col">Who speaks</th>
            <th scope="col">Note</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <FigureRow key={row.c.id} row={row} sourcesById={sourcesById} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Row = ReturnType<typeof sortedRows>[number];

/** One row per announcement, named "series: detail", sorted by the chosen key and then the other. */
function sortedRows(series: readonly SubjectSeries[], sortBy: SortKey) {
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
}

function SortedHeader({ sortBy, sortKey, label }: { sortBy: SortKey; sortKey: SortKey; label: string }) {
  return (
    <th scope="col" aria-sort={sortBy === sortKey ? 'ascending' : 'none'}>
      {label}
    </th>
  );
}

// The sort buttons sit above the table, not in its header, which a phone shows as cards.
function SortButton({
  sortBy,
  setSortBy,
  sortKey,
  label,
}: {
  sortBy: SortKey;
  setSortBy: (key: SortKey) => void;
  sortKey: SortKey;
  label: string;
}) {
  return (
    <button
      type="button"
      className="button button--small"
      aria-pressed={sortBy === sortKey}
      onClick={() => setSortBy(sortKey)}
    >
      {label}
    </button>
  );
}

function FigureRow({ row: { s, c, name }, sourcesById }: { row: Row; sourcesById: Props['sourcesById'] }) {
  return (
    <tr>
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
        <SourceList ids={c.sourceIds} sourcesById={sourcesById} separator=" " className="source-ref" />
      </td>
    </tr>
  );
}
