import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { DayDescription } from '../model/dayDescription';

interface Props {
  days: DayDescription[];
  /** The day that takes focus first: the start of the range. */
  start: number;
  onFocusDay: (day: number | undefined) => void;
  onPick: (day: number) => void;
}

const WEEK = 7;
const HINT_ID = 'daily-chart-day-hint';

/**
 * The daily chart's days for the keyboard: one tab stop, arrow keys move a day (Page Up/Down a
 * week, Home/End to the ends), each day named with its date and counts, and Enter shows that
 * day alone. Each is a transparent column over its bar, so the tooltip follows focus.
 */
export const DayButtons = memo(function DayButtons({ days, start, onFocusDay, onPick }: Props) {
  const [active, setActive] = useState<number | undefined>(undefined);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(days.length - 1, active ?? start);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const to = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      PageDown: i + WEEK,
      PageUp: i - WEEK,
      Home: 0,
      End: days.length - 1,
    }[e.key];
    if (e.key === 'Escape') onFocusDay(undefined);
    if (to === undefined) return;
    e.preventDefault();
    const j = Math.min(days.length - 1, Math.max(0, to));
    setActive(j);
    buttons.current[j]?.focus();
  };
  const pct = (n: number) => `${(n / days.length) * 100}%`;
  return (
    <div role="group" aria-label="Days" className="day-buttons">
      {days.map((d, i) => (
        <button
          key={d.date}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          className="day-button"
          style={{ left: pct(i), width: pct(1) }}
          tabIndex={i === current ? 0 : -1}
          aria-label={d.words}
          aria-describedby={HINT_ID}
          onFocus={() => {
            setActive(i);
            onFocusDay(i);
          }}
          onBlur={() => onFocusDay(undefined)}
          onKeyDown={(e) => onKeyDown(e, i)}
          // A pointer's press is the brush's; a click without one (Enter, Space, a screen reader) picks the day.
          onClick={(e) => (e.detail === 0 ? onPick(i) : undefined)}
        />
      ))}
      <span id={HINT_ID} className="visually-hidden">
        Arrow keys move a day; Enter shows this day alone.
      </span>
    </div>
  );
});
