import { Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { usePrerendering } from './prerendering';

const noSubscription = () => () => {};

/**
 * Lazily loaded parts that need a browser (Leaflet, Recharts): the same reserved frame in the
 * prerendered page, while the app hydrates it, and while their code loads; the part itself after.
 * (useSyncExternalStore's server snapshot is what hydration renders, so the markup matches.)
 */
export function BrowserOnly({ frame, children }: { frame: ReactNode; children: ReactNode }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const prerendering = usePrerendering();
  return <Suspense fallback={frame}>{inBrowser && !prerendering ? children : frame}</Suspense>;
}
