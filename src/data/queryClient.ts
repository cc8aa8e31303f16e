/**
 * The app's one query client. This module is the first thing main.tsx imports, so the bundle is
 * requested as soon as the module graph starts evaluating, while React and the views still load.
 */
import { QueryClient } from '@tanstack/react-query';
import { bundleQuery, firstPaintFiles } from './queries';

export const queryClient = new QueryClient();
for (const file of firstPaintFiles) void queryClient.prefetchQuery(bundleQuery(file));
