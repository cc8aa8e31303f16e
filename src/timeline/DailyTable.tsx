import { formatDay } from '../data/calendar';
import type { EventType } from '../data/schemas';
import type { DayCounts } from '../model/dailyCounts';
import { axisMarkOn } from '../model/dayDescription';
import { eventTypeStyle } from '../model/eventTypeStyle';

/** The daily chart's numbers as a table: one row per day, one column per type shown. */
export function DailyTable({ rows, types }: { rows: DayCounts[]; types: EventType[] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Events per day, table">
      <table className="data-table">
        <caption className="visually-hidden">Events per day and type</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {types.map((t) => (
              <th key={t} scope="col">
                {eventTypeStyle[t].label}
              </th>
            ))}
            <th scope="col">Total</th>
            <th scope="col">Dashed line on the chart</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.date}>
              <th scope="row">{formatDay(r.date, { day: 'numeric', month: 'short' })}</th>
              {types.map((t) => (
                <td key={t}>{r.byType[t] ?? 0}</td>
              ))}
              <td>{r.total}</td>
              <td>
                {axisMarkOn(r.date) ? `${axisMarkOn(r.date)?.number}: ${axisMarkOn(r.date)?.label}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
