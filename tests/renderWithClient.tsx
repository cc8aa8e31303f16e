import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { BundleFileName } from '../src/data/bundleFiles';
import { bundleQuery } from '../src/data/queries';
import { actors, casualties, events, places, regions, sources } from './fixtures/bundle';

/** Bundle files to put in the cache before the first render, as if they had loaded. */
export type Seed = Partial<Record<BundleFileName, unknown>>;

/** The fixture bundle (tests/fixtures/bundle.ts) under its file names. */
export const fixtureSeed: Seed = {
  'events.json': events,
  'places.json': places,
  'regions.geojson': regions,
  'actors.json': actors,
  'sources.json': sources,
  'casualties.json': casualties,
};

/**
 * A fresh query client per test, so no test sees another's cache. With a `seed`, the files are
 * in the cache already (the bundle's queries never go stale), so a pane renders its view at once.
 */
export function renderWithClient(ui: ReactElement, seed: Seed = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const [file, data] of Object.entries(seed))
    client.setQueryData(bundleQuery(file as BundleFileName).queryKey, data as never);
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}
