import { useEffect, useState } from 'react';
import { SourceList } from '../ui/SourceList';
import { copyText } from '../cite/copyText';
import { CiteButton } from '../cite/CiteButton';
import { eventLink, pageBase } from '../cite/links';
import type { Source, WarEvent } from '../data/schemas';
import { eventStatusLabel, eventTypeStyle } from '../model/eventTypeStyle';
import type { Lookups } from '../model/lookups';

interface Props {
  event: WarEvent;
  lookups: Lookups;
  selected: boolean;
  onShow: (e: WarEvent) => void;
  /**
   * In a list with roving focus (EventList): the row that is the list's one tab stop. Only its
   * inner controls are tab stops; the other rows' are reached by arrow keys, then Tab.
   */
  active?: boolean;
}

/** One event: type, claimant, status, places, the summary in our words, and its sources. */
export function EventItem({ event: e, lookups, selected, onShow, active }: Props) {
  const style = eventTypeStyle[e.type];
  const denier = e.deniedBy ? lookups.actorsById.get(e.deniedBy.actorId) : undefined;
  const inner = active === false ? -1 : undefined;
  return (
    <article
      className={`event${selected ? ' event--selected' : ''}`}
      aria-labelledby={`ev-${e.id}`}
      aria-current={selected ? 'true' : undefined}
      tabIndex={active === undefined ? undefined : active ? 0 : -1}
    >
      <p className="event__meta" id={`ev-${e.id}`}>
        <span className="event__type" style={{ borderColor: style.colour }}>
          <span aria-hidden="true" style={{ color: style.colour }}>
            {style.glyph}
          </span>{' '}
          {style.label}
        </span>{' '}
        <span className="event__actor">{lookups.actorsById.get(e.actorId)?.name ?? e.actorId}</span> ·{' '}
        <span className={`status status--${e.status}`}>{eventStatusLabel[e.status]}</span>
        {e.key ? <span className="badge">Key event</span> : null}
      </p>
      <p className="event__summary">{e.summary}</p>
      {e.placeIds.length ? (
        <p className="event__places">
          <bdi>{e.placeIds.map((id) => lookups.placesById.get(id)?.names.en ?? id).join(' · ')}</bdi>
          <span className="muted">
            {' '}
            (
            {e.geoPrecision === 'exact'
              ? 'at the place'
              : e.geoPrecision === 'near'
                ? 'near'
                : 'district only'}
            )
          </span>{' '}
          <button type="button" className="link-button" tabIndex={inner} onClick={() => onShow(e)}>
            Show on map
          </button>
        </p>
      ) : null}
      {denier ? (
        <p className="event__denial">
          Denied by <bdi>{denier.name}</bdi>.
        </p>
      ) : null}
      <EventActions event={e} sourcesById={lookups.sourcesById} tabIndex={inner} />
      <p className="event__sources">
        Sources:{' '}
        <SourceList
          ids={[...e.sourceIds, ...(e.deniedBy?.sourceIds ?? []), ...(e.verifiedBy ?? [])]}
          sourcesById={lookups.sourcesById}
          dated
          tabIndex={inner}
        />
      </p>
    </article>
  );
}

/** "Copy link" and "Cite" for one event, with the copy's outcome said for five seconds. */
function EventActions({
  event: e,
  sourcesById,
  tabIndex,
}: {
  event: WarEvent;
  sourcesById: ReadonlyMap<string, Source>;
  tabIndex?: number;
}) {
  const [copied, setCopied] = useState('');
  useEffect(() => {
    if (!copied) return;
    const t = window.setTimeout(() => setCopied(''), 5000);
    return () => window.clearTimeout(t);
  }, [copied]);
  const copyLink = async () =>
    setCopied((await copyText(eventLink(pageBase(), e))) ? 'Link copied' : 'Could not copy the link');
  const citeRequest = () => ({
    kind: 'event' as const,
    id: e.id,
    title: `${e.date}: ${e.summary}`,
    url: eventLink(pageBase(), e),
    sources: e.sourceIds.map((id) => sourcesById.get(id)).filter((s): s is Source => !!s),
  });
  return (
    <p className="event__actions">
      <button type="button" className="link-button" tabIndex={tabIndex} onClick={() => void copyLink()}>
        Copy link
      </button>
      <CiteButton label="Cite" className="link-button" tabIndex={tabIndex} request={citeRequest} />
      <span role="status" className="muted">
        {copied}
      </span>
    </p>
  );
}
