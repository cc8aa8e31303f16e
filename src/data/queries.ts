/**
 * One TanStack Query factory and one hook per bundle file. The bundle is static, so a file is
 * fetched once per session (staleTime: Infinity) and validated before any view sees it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BundleFileName } from './bundleFiles';
import { loadBundleFile } from './loadBundleFile';

export function bundleQuery<F extends BundleFileName>(file: F) {
  return queryOptions({
    queryKey: ['bundle', file] as const,
    queryFn: ({ signal }) => loadBundleFile(file, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/** The files the three views draw from; the manifest waits until the About panel opens. */
export const firstPaintFiles = [
  'events.json',
  'places.json',
  'regions.geojson',
  'actors.json',
  'sources.json',
  'casualties.json',
] as const satisfies readonly BundleFileName[];

export const useManifest = () => useQuery(bundleQuery('manifest.json'));
export const useSources = () => useQuery(bundleQuery('sources.json'));
export const useActors = () => useQuery(bundleQuery('actors.json'));
export const usePlaces = () => useQuery(bundleQuery('places.json'));
export const useRegions = () => useQuery(bundleQuery('regions.geojson'));
export const useEvents = () => useQuery(bundleQuery('events.json'));
export const useCasualties = () => useQuery(bundleQuery('casualties.json'));
