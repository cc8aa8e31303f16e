/**
 * `npm run data:manifest`: rewrites public/data/manifest.json — the bundle's version, the date it
 * was built, each file with its record count, and every dataset's licence and credit (shown in
 * the app's About panel). Run it after any change to the bundle; the data tests check the counts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifest as manifestSchema, type Manifest } from '../src/data/schemas';
import { dataDir } from './readBundle';
import { licences } from './licences';

const count = (file: string): number => {
  const data: unknown = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  if (Array.isArray(data)) return data.length;
  return (data as { features: unknown[] }).features.length;
};

const descriptions: Record<string, string> = {
  'sources.json': 'Every cited report, statement and dataset: publisher, title, date, link',
  'actors.json': 'Who makes claims: governments, ministries, officials, organisations, agencies',
  'places.json': 'Gazetteer: names in English, Azerbaijani, Armenian and Russian, coordinates and district',
  'regions.geojson': 'Map shapes: the seven districts, Nagorno-Karabakh units and outline, ceasefire line, context',
  'events.json': 'The day-by-day record, 27 Sep – 10 Nov 2020, and milestones to 1 Dec 2020',
  'casualties.json': 'Every casualty figure as a dated claim, with its revisions',
};

// The dataset's own semantic version (not the app's): kept from the current manifest unless
// DATA_VERSION names the next one; say what changed in public/data/CHANGELOG.md.
const current = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { version?: string };
const version = process.env.DATA_VERSION ?? current.version ?? '1.0.0';
const built = process.env.BUNDLE_DATE ?? new Date().toISOString().slice(0, 10);
const manifest: Manifest = manifestSchema.parse({
  name: 'Karabakh 2020 — the 44-day war, day by day: data bundle',
  version,
  built,
  files: Object.entries(descriptions).map(([name, description]) => ({ name, description, records: count(name) })),
  licences,
});
writeFileSync(join(dataDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest.json: ${manifest.files.map((f) => `${f.name} ${f.records}`).join(', ')}`);
