/**
 * `npm run data:manifest` (also a step of `npm run data`): rewrites public/data/manifest.json —
 * the bundle's version, the date it was built, each file with its record count, and every
 * dataset's licence and credit (shown in the app's About panel). Run it after any change to the
 * bundle; the data tests check the counts.
 *
 * The date is an input, never today's: `--built YYYY-MM-DD` (or BUNDLE_DATE), else the date the
 * manifest already carries. So rebuilding unchanged data changes no byte, and a new edition of
 * the data says its date on purpose: `npm run data -- --built 2026-12-07`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIsoDate } from '../src/data/calendar';
import { manifest as manifestSchema, type Manifest } from '../src/data/schemas';
import { isMain } from './lib/isMain';
import { licences } from './licences';
import { dataDir as defaultDataDir } from './readBundle';

export const descriptions: Record<string, string> = {
  'sources.json': 'Every cited report, statement and dataset: publisher, title, date, link',
  'actors.json': 'Who makes claims: governments, ministries, officials, organisations, agencies',
  'places.json': 'Gazetteer: names in English, Azerbaijani, Armenian and Russian, coordinates and district',
  'regions.geojson':
    'Map shapes: the seven districts, Nagorno-Karabakh units and outline, ceasefire line, context',
  'events.json': 'The day-by-day record, 27 Sep – 10 Nov 2020, and post-war milestones to the end of 2020',
  'casualties.json': 'Every casualty figure as a dated claim, with its revisions',
};

/** Records in a bundle file: an array's length, or a FeatureCollection's features. */
export function countRecords(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  return (data as { features: unknown[] }).features.length;
}

/** The `--built` argument, else BUNDLE_DATE, else the current manifest's date; a clear error otherwise. */
export function chooseBuiltDate(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  current?: string,
): string {
  const i = argv.indexOf('--built');
  const built = (i >= 0 ? argv[i + 1] : undefined) ?? env.BUNDLE_DATE ?? current;
  if (!built) throw new Error('manifest.json: no build date; pass --built YYYY-MM-DD (or BUNDLE_DATE)');
  if (!isIsoDate(built))
    throw new Error(`manifest.json: build date "${built}" is not a YYYY-MM-DD calendar date`);
  return built;
}

/** The manifest for these counts, checked against the bundle's schema. */
export function buildManifest(version: string, built: string, counts: Record<string, number>): Manifest {
  return manifestSchema.parse({
    name: 'Karabakh 2020 — the 44-day war, day by day: data bundle',
    version,
    built,
    files: Object.entries(descriptions).map(([name, description]) => ({
      name,
      description,
      records: counts[name],
    })),
    licences,
  });
}

/** manifest.json's text: two-space JSON and a final newline. */
export const manifestFileText = (manifest: Manifest): string => `${JSON.stringify(manifest, null, 2)}\n`;

/** Rewrites manifest.json in `dataDir`; returns what it wrote, in words. */
export function runManifest(
  argv: readonly string[] = [],
  env = process.env,
  dataDir = defaultDataDir,
): string[] {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const manifestFile = join(dataDir, 'manifest.json');
  const existing = existsSync(manifestFile)
    ? (read('manifest.json') as { built?: string; version?: string })
    : {};
  // The dataset's own semantic version (not the app's): kept from the current manifest unless
  // DATA_VERSION names the next one; say what changed in public/data/CHANGELOG.md.
  const version = env.DATA_VERSION ?? existing.version ?? '1.0.0';
  const counts = Object.fromEntries(
    Object.keys(descriptions).map((name) => [name, countRecords(read(name))]),
  );
  const manifest = buildManifest(version, chooseBuiltDate(argv, env, existing.built), counts);
  writeFileSync(manifestFile, manifestFileText(manifest));
  return [
    `manifest.json (built ${manifest.built}): ${manifest.files.map((f) => `${f.name} ${f.records}`).join(', ')}`,
  ];
}

export function main(): void {
  for (const line of runManifest(process.argv.slice(2))) console.log(line);
}

if (isMain(import.meta.url)) main();
