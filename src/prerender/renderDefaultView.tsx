/**
 * Build-time only (scripts/vite/prerender.ts): the default view, with the real bundle, as static
 * HTML. The page shows it at once, before any script has run; main.tsx then replaces it with the
 * live app in one step. The browser-only parts (map, charts) are their reserved frames here.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { App } from '../app/App';
import { preloadPanes } from '../app/lazyViews';
import { Prerendering } from '../ui/prerendering';
import type { BundleFileData, BundleFileName } from '../data/bundleFiles';
import { bundleQuery } from '../data/queries';

export type PrerenderFiles = { [F in BundleFileName]?: BundleFileData<F> };

export async function renderDefaultView(files: PrerenderFiles): Promise<string> {
  await preloadPanes();
  const client = new QueryClient();
  for (const [file, data] of Object.entries(files))
    client.setQueryData(bundleQuery(file as BundleFileName).queryKey, data);
  const { prelude } = await prerender(
    <Prerendering.Provider value>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </Prerendering.Provider>,
    // Fizz moves a large finished boundary out of line, to be swapped in by an inline script,
    // which the page's CSP refuses: keep every boundary in place.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
