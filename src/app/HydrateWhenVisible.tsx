import { createContext, use, useState, type ReactNode } from 'react';
import { watchPanesOnScreen, type PaneWaits } from './hydration';
import type { Pane } from '../ui/panes';

/** Set by boot.tsx only while it hydrates the prerendered page; absent, every pane draws at once. */
const FirstLoad = createContext<PaneWaits | undefined>(undefined);

/**
 * What the first load tells the app (boot.tsx renders it around <App />): `deferBelowFold` when
 * the prerendered page is hydrated, so panes below the fold wait until they are on screen.
 */
export function FirstLoadProvider({
  deferBelowFold,
  children,
}: {
  deferBelowFold: boolean;
  children: ReactNode;
}) {
  const [waits] = useState(() => (deferBelowFold ? watchPanesOnScreen() : undefined));
  return <FirstLoad value={waits}>{children}</FirstLoad>;
}

/**
 * A pane below the fold of the prerendered page (on a phone, the timeline and the casualties)
 * keeps its prerendered HTML, readable but inert, until it scrolls into view, and only then
 * costs React its hydration: on load the phone's main thread is left to the map the reader sees.
 * On a wide screen every pane is on screen and all hydrate at once, as before. A waiting pane
 * suspends its hydration on the promise of its wait (public `use`, nothing marked by hand); React
 * retries it when the promise settles.
 */
export function HydrateWhenVisible({ pane, children }: { pane: Pane; children: ReactNode }) {
  const wait = use(FirstLoad)?.waitFor(pane);
  if (wait) use(wait);
  return children;
}
