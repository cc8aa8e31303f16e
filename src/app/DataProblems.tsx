import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { checkReferences, pruneBrokenReferences } from '../data/checkReferences';
import {
  dataProblems,
  noDataProblems,
  reportDataProblems,
  subscribeDataProblems,
} from '../data/dataProblems';
import {
  bundleQuery,
  useActors,
  useCasualties,
  useEvents,
  usePlaces,
  useRegions,
  useSources,
} from '../data/queries';
import { whenIdle } from '../ui/whenIdle';

/**
 * Checks every reference across files once the bundle is in, when the browser is idle, and sets
 * aside the records that point at nothing.
 */
function useSetAsideBrokenReferences(): void {
  const sources = useSources().data;
  const actors = useActors().data;
  const places = usePlaces().data;
  const regions = useRegions().data;
  const events = useEvents().data;
  const casualties = useCasualties().data;
  const client = useQueryClient();
  useEffect(() => {
    if (!sources || !actors || !places || !regions || !events || !casualties) return;
    let current = true;
    // When idle: the check walks every record, and at load it shared a long task with the
    // hydration's effects, just when the reader's first input is most likely.
    void whenIdle(2000).then(() => {
      if (!current) return;
      const bundle = { sources, actors, places, regions, events, casualties };
      const found = checkReferences(bundle);
      if (!found.length) return;
      reportDataProblems('references', found);
      // The records named are set aside: the views then draw without them.
      const kept = pruneBrokenReferences(bundle);
      if (kept.places !== places) client.setQueryData(bundleQuery('places.json').queryKey, kept.places);
      if (kept.events !== events) client.setQueryData(bundleQuery('events.json').queryKey, kept.events);
      if (kept.casualties !== casualties)
        client.setQueryData(bundleQuery('casualties.json').queryKey, kept.casualties);
    });
    return () => {
      current = false;
    };
  }, [sources, actors, places, regions, events, casualties, client]);
}

/**
 * Names what the app set aside in the data (a record that failed its check, a link refused) and
 * every reference across files to a record that does not exist, by file, record and field, so a
 * reader knows the page is incomplete and where; records that point at nothing are set aside too.
 * Checked after the page is drawn.
 */
export function DataProblems() {
  const problems = useSyncExternalStore(subscribeDataProblems, dataProblems, noDataProblems);
  useSetAsideBrokenReferences();
  return (
    <div role="status" className="data-problems">
      {problems.length ? (
        <details>
          <summary>
            {problems.length === 1 ? 'One problem' : `${problems.length} problems`} in the data: the records
            named here are set aside or incomplete
          </summary>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <bdi>{p}</bdi>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
