import { DataGate } from '../ui/DataGate';
import { PANES } from '../ui/panes';
import { useActors, useEvents, usePlaces, useRegions, useSources } from '../data/queries';
import { MapView } from './MapView';

export function MapPane() {
  const regions = useRegions();
  const places = usePlaces();
  const events = useEvents();
  const actors = useActors();
  const sources = useSources();
  return (
    <DataGate pane={PANES.map} queries={[regions, places, events, actors, sources]}>
      {() => (
        <MapView
          regions={regions.data!}
          places={places.data!}
          events={events.data!}
          actors={actors.data!}
          sources={sources.data!}
        />
      )}
    </DataGate>
  );
}
