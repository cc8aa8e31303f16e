import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * React.lazy with a `preload()`: a component whose code was preloaded renders at once, without
 * passing through its Suspense fallback. main.tsx preloads the panes before it replaces the
 * prerendered page, so the page never flashes back to skeletons.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> =>
    (pending ??= load().then((m) => {
      loaded = m.default;
    }));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> })));
  function WithPreload(props: P) {
    // Chosen once per instance: switching from Lazy to the loaded type later would remount it.
    const [ready] = useState(() => loaded);
    return ready ? createElement(ready, props) : createElement(Lazy, props);
  }
  return Object.assign(WithPreload, { preload });
}
