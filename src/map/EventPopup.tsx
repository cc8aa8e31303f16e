import { SourceList } from '../ui/SourceList';
import { formatDay } from '../data/calendar';
import type { Place, WarEvent } from '../data/schemas';
import { eventStatusLabel, eventTypeStyle } from '../model/eventTypeStyle';
import type { Lookups } from '../model/lookups';
import { countLabel } from '../model/countLabel';

const MAX_SHOWN = 12;

/** What a click on a place's marker shows: its events, newest last, each with its sources. */
export function EventPopup({
  place,
  events,
  lookups,
}: {
  place: Place;
  events: WarEvent[];
  lookups: Lookups;
}) {
  const shown = events.slice(0, MAX_SHOWN);
  return (
    <div className="event-popup">
      <h3 className="event-popup__place" tabIndex={-1}>
        {place.names.en}
      </h3>
      <p className="muted">{countLabel(events.length, 'event')} in the selected range and filters</p>
      <ol className="event-popup__list">
        {shown.map((e) => (
          <li key={e.id}>
            <p className="event-popup__meta">
              <span aria-hidden="true" style={{ color: eventTypeStyle[e.type].colour }}>
                {eventTypeStyle[e.type].glyph}{' '}
              </span>
              <strong>{formatDay(e.date)}</strong> · {eventTypeStyle[e.type].label} ·{' '}
              {lookups.actorsById.get(e.actorId)?.name ?? e.actorId} · {eventStatusLabel[e.status]}
            </p>
            <p>{e.summary}</p>
            <p className="event-popup__sources">
              <SourceList ids={e.sourceIds} sourcesById={lookups.sourcesById} />
            </p>
          </li>
        ))}
      </ol>
      {events.length > MAX_SHOWN ? (
        <p className="muted">…and {events.length - MAX_SHOWN} more in the timeline's list.</p>
      ) : null}
    </div>
  );
}
