import { DataGate } from '../ui/DataGate';
import { PANES } from '../ui/panes';
import { useActors, useEvents, usePlaces, useRegions, useSources } from '../data/queries';
import { TimelineView } from './TimelineView';

/** Loaded lazily, right after the first paint. */
export default function TimelinePane() {
  const events = useEvents();
  const actors = useActors();
  const places = usePlaces();
  const sources = useSources();
  const regions = useRegions();
  return (
    <DataGate pane={PANES.timeline} queries={[events, actors, places, sources, regions]}>
      {() => (
        <TimelineView
          events={events.data!}
          actors={actors.data!}
          places={places.data!}
          sources={sources.data!}
          regions={regions.data!}
        />
      )}
    </DataGate>
  );
}

// The printed document rides in this chunk, which the page loads anyway, rather than in a chunk
// of its own that split the modules it shares with the app into several more (JS budget).
export { PrintDocument } from '../ui/PrintDocument';
