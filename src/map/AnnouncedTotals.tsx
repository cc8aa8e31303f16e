import { formatDay } from '../data/calendar';
import type { AnnouncedTotal } from '../model/announcedTotals';
import { countLabel } from '../model/countLabel';

interface Props {
  totals: readonly AnnouncedTotal[];
  /** Places named as taken by the range's end: the rings drawn and those without coordinates. */
  named: number;
  toLabel: string;
}

/** The map's count of named places beside Azerbaijan's announced totals, which name no list. */
export function AnnouncedTotals({ totals, named, toLabel }: Props) {
  if (!totals.length) return null;
  return (
    <p className="muted announced-totals" data-announced-named={named}>
      Beside the official totals: Azerbaijan&apos;s president said{' '}
      {totals.map((t, i) => (
        <span key={t.event.id}>
          {i > 0 ? (i === totals.length - 1 ? ' and ' : ', ') : ''}
          more than {t.moreThan} settlements had been taken ({formatDay(t.event.date)})
        </span>
      ))}
      , without naming them all; the record names {countLabel(named, 'place')} announced as taken by {toLabel}
      .
    </p>
  );
}
