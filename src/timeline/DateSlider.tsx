import type { KeyboardEvent } from 'react';
import { addDays, daysBetween, formatDay, type IsoDate } from '../data/calendar';

interface Props {
  label: string;
  value: IsoDate;
  min: IsoDate;
  max: IsoDate;
  onChange: (date: IsoDate) => void;
  /** The change is released (pointer up, key up, focus gone): one history entry ends here. */
  onCommit?: () => void;
}

const WEEK = 7;

/**
 * A native range input over the days of the war: arrows move a day, Page Up/Down a week,
 * Home/End to the ends, and aria-valuetext reads the date rather than a day number.
 */
export function DateSlider({ label, value, min, max, onChange, onCommit }: Props) {
  const span = daysBetween(min, max);
  const index = daysBetween(min, value);
  const go = (i: number) => onChange(addDays(min, Math.min(span, Math.max(0, i))));
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Browsers move a range input by 10 % on Page Up/Down; a week is what a reader expects here.
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      go(index + (e.key === 'PageUp' ? WEEK : -WEEK));
    }
  };
  return (
    <label className="date-slider">
      <span className="date-slider__label">
        {label}: <strong>{formatDay(value)}</strong>
      </span>
      <input
        type="range"
        min={0}
        max={span}
        step={1}
        value={index}
        aria-valuetext={formatDay(value, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
        onChange={(e) => go(Number(e.target.value))}
        onKeyDown={onKeyDown}
        onKeyUp={onCommit}
        onPointerUp={onCommit}
        onBlur={onCommit}
      />
    </label>
  );
}
