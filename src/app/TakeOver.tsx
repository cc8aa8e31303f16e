import { useEffect, type ReactNode } from 'react';
import { registerServiceWorkerWhenIdle } from './registerServiceWorker';

/**
 * Once the app has taken over the prerendered page (src/prerender), it can be clicked and focused,
 * and the offline copy may be made.
 */
export function TakeOver({ root, children }: { root: HTMLElement; children: ReactNode }) {
  useEffect(() => {
    root.removeAttribute('inert');
    root.removeAttribute('data-prerendered');
    registerServiceWorkerWhenIdle();
  }, [root]);
  return children;
}
