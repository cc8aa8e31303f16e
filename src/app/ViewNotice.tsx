import { useEffect, useState } from 'react';
import { useActors, useEvents, usePlaces, useRegions } from '../data/queries';
import { useViewState } from '../state/useViewState';
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
  const [state, write] = useViewState();
  const regions = useRegions().data;
  const places = usePlaces().data;
  const events = useEvents().data;
  const actors = useActors().data;
  useEffect(() => {
    const said: string[] = [];
    const drop: Parameters<typeof write>[0] = {};
    if (state.region && regions && !regions.features.some((f) => f.properties.id === state.region)) {
      said.push(`No district '${state.region}' — showing all`);
      drop.region = undefined;
    }
    if (state.place && places && !places.some((p) => p.id === state.place)) {
      said.push(`No place '${state.place}' — showing all places`);
      drop.place = undefined;
    }
    if (state.event && events && !events.some((e) => e.id === state.event)) {
      said.push(`No event '${state.event}' — none selected`);
      drop.event = undefined;
    }
    const unknownActors = actors ? state.actors.filter((id) => !actors.some((a) => a.id === id)) : [];
    if (unknownActors.length) {
      said.push(`No actor ${unknownActors.map((id) => `'${id}'`).join(', ')} — not filtered by it`);
      drop.actors = state.actors.filter((id) => !unknownActors.includes(id));
    }
    if (!said.length) return;
    // The URL is the external system here: it is corrected, and the notes say why.
    queueMicrotask(() => {
      setNotes((n) => [...new Set([...n, ...said])]);
      write(drop, 'replace');
    });
  }, [state.region, state.place, state.event, state.actors, regions, places, events, actors, write]);
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
