import { DataGate } from '../ui/DataGate';
import { PANES } from '../ui/panes';
import { useActors, useCasualties, useSources } from '../data/queries';
import { CasualtyView } from './CasualtyView';

/** Loaded lazily with the chart library, after the first paint. */
export default function CasualtyPane() {
  const casualties = useCasualties();
  const actors = useActors();
  const sources = useSources();
  return (
    <DataGate pane={PANES.casualties} queries={[casualties, actors, sources]}>
      {() => <CasualtyView casualties={casualties.data!} actors={actors.data!} sources={sources.data!} />}
    </DataGate>
  );
}
