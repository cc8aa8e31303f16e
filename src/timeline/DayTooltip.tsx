import type { DayDescription } from '../model/dayDescription';
import { eventTypeStyle } from '../model/eventTypeStyle';

/**
 * The tooltip over the daily chart: the day, its events by type, and the dashed line's meaning.
 * Hidden from screen readers: the focused day's name says the same.
 */
export function DayTooltip({ day, index, count }: { day: DayDescription; index: number; count: number }) {
  const x = ((index + 0.5) / count) * 100;
  // Anchored by its left, centre or right so it stays inside the chart at either end.
  const shift = x < 25 ? '0%' : x > 75 ? '-100%' : '-50%';
  return (
    <div
      className="day-tooltip"
      role="presentation"
      aria-hidden="true"
      style={{ left: `${x}%`, transform: `translateX(${shift})` }}
    >
      <strong>{day.date}</strong>
      <span>
        {day.total} {day.total === 1 ? 'event' : 'events'}
      </span>
      {day.counts.map((c) => (
        <span key={c.type}>
          <span style={{ color: eventTypeStyle[c.type].colour }}>{eventTypeStyle[c.type].glyph}</span>{' '}
          {c.label}: {c.count}
        </span>
      ))}
      {day.mark ? <em>Dashed line: {day.mark}</em> : null}
    </div>
  );
}
