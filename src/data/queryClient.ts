/**
 * The app's one query client. main.tsx asks it for the bundle (`prefetchFirstPaintFiles`) as
 * soon as the prerendered page has been painted, while React and the views still load.
 */
import { QueryClient } from '@tanstack/react-query';
import { bundleQuery, firstPaintFiles } from './queries';

export const queryClient = new QueryClient();

export function prefetchFirstPaintFiles(): void {
  for (const file of firstPaintFiles) void queryClient.prefetchQuery(bundleQuery(file));
}
