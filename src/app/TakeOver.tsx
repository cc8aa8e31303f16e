import { useEffect, type ReactNode } from 'react';

/** Once the app has taken over the prerendered page (src/prerender), it can be clicked and focused. */
export function TakeOver({ root, children }: { root: HTMLElement; children: ReactNode }) {
  useEffect(() => {
    root.removeAttribute('inert');
    root.removeAttribute('data-prerendered');
  }, [root]);
  return children;
}
