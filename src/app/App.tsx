import { Suspense, useEffect } from 'react';
import { canonicalizeUrl } from '../state/useViewState';
import { Header } from './Header';
import { HydrateWhenVisible } from './HydrateWhenVisible';
import { PaneBoundary } from './PaneBoundary';
import { PaneSkeleton } from '../ui/PaneSkeleton';
import { PANES } from '../ui/panes';
import { DataProblems } from './DataProblems';
import { UpdateNotice } from './UpdateNotice';
import { ViewNotice } from './ViewNotice';
import { PrintWhenAsked } from './PrintWhenAsked';
import { MapPane } from '../map/MapPane';
import { CasualtyPane, TimelinePane } from './lazyViews';

/** Drops invalid parameters from the address bar once (src/state writes the URL, never the frame). */
function useCanonicalUrl(): void {
  useEffect(canonicalizeUrl, []);
}

export function App() {
  useCanonicalUrl();
  return (
    <div className="app">
      <Header />
      <UpdateNotice />
      <DataProblems />
      <ViewNotice />
      <main className="panes" id="main">
        <PaneBoundary pane={PANES.map}>
          <MapPane />
        </PaneBoundary>
        <PaneBoundary pane={PANES.timeline}>
          <Suspense fallback={<PaneSkeleton pane={PANES.timeline} />}>
            <HydrateWhenVisible pane={PANES.timeline}>
              <TimelinePane />
            </HydrateWhenVisible>
          </Suspense>
        </PaneBoundary>
        <PaneBoundary pane={PANES.casualties}>
          <Suspense fallback={<PaneSkeleton pane={PANES.casualties} />}>
            <HydrateWhenVisible pane={PANES.casualties}>
              <CasualtyPane />
            </HydrateWhenVisible>
          </Suspense>
        </PaneBoundary>
      </main>
      <PrintWhenAsked />
    </div>
  );
}
