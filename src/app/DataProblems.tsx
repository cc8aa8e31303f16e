import { useEffect, useSyncExternalStore } from 'react';
import { checkReferences } from '../data/checkReferences';
import { dataProblems, noDataProblems, reportDataProblems, subscribeDataProblems } from '../data/dataProblems';
import { useActors, useCasualties, useEvents, usePlaces, useRegions, useSources } from '../data/queries';

/**
 * Names what the app set aside in the data (a record that failed its check, a link refused) and
 * every reference across files to a record that does not exist, by file, record and field, so a
 * reader knows the page is incomplete and where. Checked after the page is drawn.
 */
export function DataProblems() {
  const problems = useSyncExternalStore(subscribeDataProblems, dataProblems, noDataProblems);
  const sources = useSources().data;
  const actors = useActors().data;
  const places = usePlaces().data;
  const regions = useRegions().data;
  const events = useEvents().data;
  const casualties = useCasualties().data;
  useEffect(() => {
    if (!sources || !actors || !places || !regions || !events || !casualties) return;
    reportDataProblems('references', checkReferences({ sources, actors, places, regions, events, casualties }));
  }, [sources, actors, places, regions, events, casualties]);
  return (
    <div role="status" className="data-problems">
      {problems.length ? (
        <details>
          <summary>
            {problems.length === 1 ? 'One problem' : `${problems.length} problems`} in the data: the records named here are set aside or incomplete
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
