import { Disclosure } from '../ui/Disclosure';
import { formatDay } from '../data/calendar';
import type { WarEvent } from '../data/schemas';
import type { Lookups } from '../model/lookups';
import { EventItem } from './EventItem';

/** Milestones after the statement (handovers to 1 Dec 2020, later official aggregates), kept apart from the 45 days. */
export function PostWarList({ events, lookups }: { events: WarEvent[]; lookups: Lookups }) {
  return (
    <Disclosure
      className="post-war"
      summary={`After the statement: ${events.length} milestones to ${formatDay(events[events.length - 1].date)}`}
    >
      <ul role="list" aria-label="After the statement">
        {events.map((e) => (
          <li key={e.id}>
            <p className="muted">{formatDay(e.date)}</p>
            <EventItem event={e} lookups={lookups} selected={false} onShow={() => undefined} />
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
