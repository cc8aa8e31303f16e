import { useEffect, useState } from 'react';
import { useActors, useEvents, usePlaces, useRegions } from '../data/queries';
import { useViewStateField, writeViewState } from '../state/useViewState';
import { describeDroppedParams } from '../state/viewState';

/**
 * Says what a link asked for and the page cannot show, instead of silently showing something
 * else: parameters dropped as invalid (read before the address bar is cleaned), and ids that are
 * well formed but not in the data ("No district 'az-nowhere' — showing all"), which are then
 * dropped from the view.
 */
export function ViewNotice() {
  const [notes, setNotes] = useState<string[]>(() =>
    typeof window === 'undefined' ? [] : describeDroppedParams(window.location.search),
  );
  // Field by field: the notice has nothing to say about the range, so a step of it does not
  // render it again.
  const region = useViewStateField('region');
  const place = useViewStateField('place');
  const event = useViewStateField('event');
  const stateActors = useViewStateField('actors');
  const regions = useRegions().data;
  const places = usePlaces().data;
  const events = useEvents().data;
  const actors = useActors().data;
  useEffect(() => {
    const said: string[] = [];
    const drop: Parameters<typeof writeViewState>[0] = {};
    if (region && regions && !regions.features.some((f) => f.properties.id === region)) {
      said.push(`No district '${region}' — showing all`);
      drop.region = undefined;
    }
    if (place && places && !places.some((p) => p.id === place)) {
      said.push(`No place '${place}' — showing all places`);
      drop.place = undefined;
    }
    if (event && events && !events.some((e) => e.id === event)) {
      said.push(`No event '${event}' — none selected`);
      drop.event = undefined;
    }
    const unknownActors = actors ? stateActors.filter((id) => !actors.some((a) => a.id === id)) : [];
    if (unknownActors.length) {
      said.push(`No actor ${unknownActors.map((id) => `'${id}'`).join(', ')} — not filtered by it`);
      drop.actors = stateActors.filter((id) => !unknownActors.includes(id));
    }
    if (!said.length) return;
    // The URL is the external system here: it is corrected, and the notes say why.
    queueMicrotask(() => {
      setNotes((n) => [...new Set([...n, ...said])]);
      writeViewState(drop, 'replace');
    });
  }, [region, place, event, stateActors, regions, places, events, actors]);
  return (
    <div role="status" className="view-notice">
      {notes.length ? (
        <>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>
                <bdi>{n}</bdi>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={() => setNotes([])}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}
