/**
 * 5. The region features simplified in one topology (shared borders stay shared), then cleaned
 * for the bundle: coordinates rounded to 4 decimals, repeated points dropped, RFC 7946 winding,
 * far islets left out, rings across the antimeridian continued past 180° E; sorted by id.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection } from 'topojson-specification';
import { polygonAreaKm2, type Position } from './lib/geom';
import { stableStringify } from './lib/stable-json';
import { simplifyByLocation, type Window } from './lib/topo';
import type { RegionProps } from './regionProps';
import { polygonsOf, type RegionFeature } from './regions';

/** Detail is kept inside this window and thinned outside it (lib/topo.ts). */
export const MAP_WINDOW: Window = { west: 43, south: 37.5, east: 51, north: 42.5 };

const r4 = (v: number): number => Math.round(v * 1e4) / 1e4 || 0;

/** Rounded to 4 decimals (about 10 m), with repeated points dropped. */
export const cleanLine = (line: Position[]): Position[] =>
  line
    .map((p): Position => [r4(p[0]), r4(p[1])])
    .filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);

const signedArea = (ring: Position[]): number =>
  ring.reduce((s, p, i) => (i === 0 ? 0 : s + (ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1])), 0);

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export const wind = (ring: Position[], exterior: boolean): Position[] =>
  signedArea(ring) > 0 === exterior ? ring : ring.slice().reverse();

const outsideWindow = (rings: Position[][]): boolean =>
  rings[0].every(
    (p) =>
      p[0] < MAP_WINDOW.west || p[0] > MAP_WINDOW.east || p[1] < MAP_WINDOW.south || p[1] > MAP_WINDOW.north,
  );

export function cleanPolygons(polys: Position[][][]): Position[][][] {
  return (
    polys
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
      })
  );
}

export function cleanGeometry(g: Geometry, id: string): Geometry {
  switch (g.type) {
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = cleanPolygons(polygonsOf(g));
      if (polys.length === 0) throw new Error(`${id}: nothing left after simplification`);
      return polys.length === 1
        ? { type: 'Polygon', coordinates: polys[0] }
        : { type: 'MultiPolygon', coordinates: polys };
    }
    case 'LineString':
      return { type: 'LineString', coordinates: cleanLine(g.coordinates as Position[]) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: (g.coordinates as Position[][]).map(cleanLine) };
    default:
      throw new Error(`${id}: unexpected geometry ${g.type}`);
  }
}

/** The features as the bundle keeps them: simplified together, cleaned, sorted by id, ids unique. */
export function simplifyRegions(features: RegionFeature[]): RegionFeature[] {
  const full: FeatureCollection<Geometry, RegionProps> = { type: 'FeatureCollection', features };
  const simplified = simplifyByLocation(topology({ regions: full }), MAP_WINDOW, 4e-6, 2e-2);
  const regions = simplified.objects.regions as GeometryCollection<RegionProps>;
  const back = feature(simplified, regions) as FeatureCollection<Geometry, RegionProps>;
  const out = back.features
    .map((f): RegionFeature => ({
      type: 'Feature',
      properties: f.properties,
      geometry: cleanGeometry(f.geometry, f.properties.id),
    }))
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  const ids = out.map((f) => f.properties.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate region ids');
  return out;
}

/** regions.geojson's text: one feature per line, keys sorted, so a diff shows the regions that changed. */
export function regionsFileText(features: RegionFeature[]): string {
  return (
    '{"type":"FeatureCollection","features":[\n' +
    features.map((f) => stableStringify(f)).join(',\n') +
    '\n]}\n'
  );
}
