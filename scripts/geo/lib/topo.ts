/**
 * Location-aware simplification of a TopoJSON topology. Simplifying arcs (not features) keeps a
 * border shared by two regions identical in both after simplification: no slivers, no gaps.
 */
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import { presimplify } from 'topojson-simplify';
import type { Position } from './geom';

export interface Window {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const inWindow = (p: Position, w: Window): boolean =>
  p[0] >= w.west && p[0] <= w.east && p[1] >= w.south && p[1] <= w.north;

/**
 * Visvalingam weights (planar triangle area, degrees²) from topojson-simplify's presimplify; a
 * point survives if its weight reaches `near` inside the window (the Caucasus map) or `far`
 * outside it, so far-away context (Russia, the USA...) costs a few bytes. Arc end points
 * (junctions, weight Infinity) always survive.
 */
export function simplifyByLocation(topology: Topology, win: Window, near: number, far: number): Topology {
  // The types differ only in whether feature properties may be null; the arcs are what matters.
  const pre = presimplify(topology as unknown as Topology<Objects>);
  const arcs = pre.arcs.map((arc) =>
    arc
      .filter((p) => {
        const weight = p[2] ?? Infinity;
        return weight >= (inWindow([p[0], p[1]], win) ? near : far);
      })
      .map((p): Position => [p[0], p[1]]),
  );
  return { ...pre, arcs };
}

/** The GeoJSON geometry of one TopoJSON geometry object (topojson-client's overloads return a union). */
export const geometryOf = (topology: Topology, g: GeometryObject): Geometry =>
  (feature(topology, g) as Feature).geometry;
