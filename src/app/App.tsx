import { Suspense, useEffect } from 'react';
import { canonicalizeUrl } from '../state/useViewState';
import { Header } from './Header';
import { HydrateWhenVisible } from './HydrateWhenVisible';
import { PaneBoundary } from './PaneBoundary';
import { PaneSkeleton } from '../ui/PaneSkeleton';
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
        <PaneBoundary name="Map">
          <MapPane />
        </PaneBoundary>
        <PaneBoundary name="Timeline">
          <Suspense fallback={<PaneSkeleton label="Timeline" />}>
            <HydrateWhenVisible label="Timeline">
              <TimelinePane />
            </HydrateWhenVisible>
          </Suspense>
        </PaneBoundary>
        <PaneBoundary name="Casualties">
          <Suspense fallback={<PaneSkeleton label="Casualties" />}>
            <HydrateWhenVisible label="Casualties">
              <CasualtyPane />
            </HydrateWhenVisible>
          </Suspense>
        </PaneBoundary>
      </main>
      <PrintWhenAsked />
    </div>
  );
}
