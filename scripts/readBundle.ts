/** Reads and schema-checks the bundle in public/data from Node (for scripts and data tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleError } from '../src/data/bundleError';
import { bundleFileNames, type BundleFileData, type BundleFileName } from '../src/data/bundleFiles';
import { parseBundleFile } from '../src/data/parseBundleFile';

export const dataDir = join(import.meta.dirname, '..', 'public', 'data');

export function readBundleFile<F extends BundleFileName>(file: F, dir = dataDir): BundleFileData<F> {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    throw new BundleError(file, ['is missing']);
  }
  return parseBundleFile(file, text);
}

export interface FullBundle {
  manifest: BundleFileData<'manifest.json'>;
  sources: BundleFileData<'sources.json'>;
  actors: BundleFileData<'actors.json'>;
  places: BundleFileData<'places.json'>;
  regions: BundleFileData<'regions.geojson'>;
  events: BundleFileData<'events.json'>;
  casualties: BundleFileData<'casualties.json'>;
}

/** Every file, or the list of files that failed with their problems. */
export function readBundle(dir = dataDir): { bundle?: FullBundle; errors: BundleError[] } {
  const errors: BundleError[] = [];
  const read = <F extends BundleFileName>(file: F): BundleFileData<F> | undefined => {
    try {
      return readBundleFile(file, dir);
    } catch (err) {
      if (err instanceof BundleError) errors.push(err);
      else throw err;
      return undefined;
    }
  };
  const parts = Object.fromEntries(bundleFileNames.map((f) => [f, read(f)]));
  if (errors.length) return { errors };
  return {
    errors,
    bundle: {
      manifest: parts['manifest.json'] as FullBundle['manifest'],
      sources: parts['sources.json'] as FullBundle['sources'],
      actors: parts['actors.json'] as FullBundle['actors'],
      places: parts['places.json'] as FullBundle['places'],
      regions: parts['regions.geojson'] as FullBundle['regions'],
      events: parts['events.json'] as FullBundle['events'],
      casualties: parts['casualties.json'] as FullBundle['casualties'],
    },
  };
}
