/** The app proper, loaded by main.tsx once the page has been painted. */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { FirstLoadProvider } from './app/HydrateWhenVisible';
import { preloadViewsOnScreen } from './app/lazyViews';
import { TakeOver } from './app/TakeOver';
import { bundleQuery, firstPaintFiles } from './data/queries';
import { queryClient } from './data/queryClient';

/**
 * The prerendered page is inert until the app takes over. Should a file or the views' code be
 * slow, the app takes over anyway after this long and each pane shows its own loading state or
 * names the late file, rather than leaving a page that ignores clicks.
 */
const HYDRATE_WAIT_MS = 4000;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** The app; `deferBelowFold` while it hydrates the prerendered page (see FirstLoadProvider). */
const app = (deferBelowFold: boolean) => (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TakeOver root={root}>
        <FirstLoadProvider deferBelowFold={deferBelowFold}>
          <App />
        </FirstLoadProvider>
      </TakeOver>
    </QueryClientProvider>
  </StrictMode>
);

// The built page already shows the default view (src/prerender). The app hydrates it once the
// data and the views' code are in, so it renders exactly that markup. A link with view
// parameters hid it before the first paint (public/view-from-url.js) and is drawn afresh.
const prerendered = root.hasAttribute('data-prerendered');
if (prerendered && !document.documentElement.classList.contains('view-from-url')) {
  const loaded = await Promise.race([
    Promise.allSettled([
      ...firstPaintFiles.map((f) => queryClient.ensureQueryData(bundleQuery(f))),
      preloadViewsOnScreen(),
    ]),
    new Promise<'late'>((late) => setTimeout(() => late('late'), HYDRATE_WAIT_MS)),
  ]);
  if (loaded !== 'late' && loaded.every((r) => r.status === 'fulfilled')) {
    // A transition, so React hydrates in slices and the page stays responsive meanwhile.
    startTransition(() => {
      hydrateRoot(root, app(true), { onRecoverableError });
    });
  } else {
    createRoot(root).render(app(false)); // the panes whose files failed or are late say so, in words
  }
} else {
  createRoot(root).render(app(false));
}

/**
 * Every recoverable error is reported, hydration mismatches included: none is expected, as a pane
 * that hydrates late still renders the prerendered view's state first (useViewState's server
 * snapshot) and takes the reader's view after, so a mismatch is a real bug to see.
 */
function onRecoverableError(error: unknown): void {
  reportError(error);
}
