/**
 * The bundle's files and the schema each one must satisfy. Adding a file to the bundle means
 * adding one line here; the loader, the validator script and the tests all read this table.
 */
import type { z } from 'zod/mini';
import * as schema from './schemas';

export const bundleFiles = {
  'manifest.json': schema.manifest,
  'sources.json': schema.sources,
  'actors.json': schema.actors,
  'places.json': schema.places,
  'regions.geojson': schema.regions,
  'events.json': schema.events,
  'casualties.json': schema.casualties,
} as const;

export type BundleFileName = keyof typeof bundleFiles;
export type BundleFileData<F extends BundleFileName> = z.infer<(typeof bundleFiles)[F]>;
export const bundleFileNames = Object.keys(bundleFiles) as BundleFileName[];
