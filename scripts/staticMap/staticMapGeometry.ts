import { clipPolygon as clipToBox } from 'lineclip';
import simplifyLine from 'simplify-js';
import type { RegionFeature } from '../../src/data/schemas';
import { project, type Box } from '../../src/map/studyArea';

type Position = [number, number] | number[];
type Point = [number, number];

export interface Drawing {
  /** What may be seen: shapes are cut to it. */
  clip: Box;
  /** The corner that coordinates are counted from (the SVG's viewBox starts at 0 0). */
  origin: Box;
  /** How far, in projected units, a simplified outline may stray from the original. */
  tolerance: number;
}

/**
 * SVG path data for one shape of the bundle, in projected units (src/map/studyArea.ts), for the static
 * picture of the map. Only what can be seen matters: polygons are clipped to `clip` and lines
 * are cut where they leave it (a country such as Russia keeps a few dozen of its thousands of
 * points); outlines are simplified, and coordinates are whole units, so that the built image
 * (staticMapSvg.ts) stays small.
 */
export function shapePath(geometry: RegionFeature['geometry'], drawing: Drawing): string {
  const { clip, origin, tolerance } = drawing;
  const ring = (r: readonly Position[]) =>
    closedPath(simplify(clipPolygon(r.map(toPoint), clip), tolerance), origin);
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map(ring).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((p) => p.map(ring)).join('');
    case 'LineString':
      return linePaths(geometry.coordinates, drawing);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => linePaths(l, drawing)).join('');
  }
}

/** A box grown on each side by `fx` of its width and `fy` of its height. */
export function grow(box: Box, fx: number, fy: number): Box {
  return {
    x: box.x - box.width * fx,
    y: box.y - box.height * fy,
    width: box.width * (1 + 2 * fx),
    height: box.height * (1 + 2 * fy),
  };
}

const toPoint = (p: Position): Point => project(p[1], p[0]);

/** The part of a ring inside a rectangle (Sutherland–Hodgman, by lineclip). */
export function clipPolygon(points: readonly Point[], box: Box): Point[] {
  return clipToBox([...points], [box.x, box.y, box.x + box.width, box.y + box.height]);
}

/**
 * Douglas–Peucker (simplify-js, its high-quality mode): keeps the points that stray more than
 * `tolerance` from the line between the points kept around them. Far fewer points than a distance
 * filter for the same faithfulness.
 */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  return simplifyLine(
    points.map(([x, y]) => ({ x, y })),
    tolerance,
    true,
  ).map(({ x, y }): Point => [x, y]);
}

/** A ring; GeoJSON repeats the first point at the end, which `z` already says. */
function closedPath(points: readonly Point[], origin: Box): string {
  const [first, last] = [points[0], points[points.length - 1]];
  const ring = first && last && first[0] === last[0] && first[1] === last[1] ? points.slice(0, -1) : points;
  return ring.length < 3 ? '' : `${openPath(ring, origin)}z`;
}

/**
 * Whole units from the box's corner, each point after the first relative to the one before
 * (`l`): short numbers, for a small page. Rounding each step, not each point, would drift.
 */
function openPath(points: readonly Point[], origin: Box): string {
  let [x0, y0] = [0, 0];
  return points
    .map((p, i) => {
      const [x, y] = [Math.round(p[0] - origin.x), Math.round(p[1] - origin.y)];
      const step = i === 0 ? `M${x} ${y}` : `l${x - x0} ${y - y0}`;
      [x0, y0] = [x, y];
      return step;
    })
    .join('');
}

/** A line cut into the runs that are inside the box, each run keeping one point beyond it. */
function linePaths(coordinates: readonly Position[], { clip: box, origin, tolerance }: Drawing): string {
  const points = coordinates.map(toPoint);
  const inside = (p: Point) =>
    p[0] >= box.x && p[0] <= box.x + box.width && p[1] >= box.y && p[1] <= box.y + box.height;
  const runs: Point[][] = [];
  let run: Point[] = [];
  points.forEach((p, i) => {
    const near =
      inside(p) || (i > 0 && inside(points[i - 1])) || (i < points.length - 1 && inside(points[i + 1]));
    if (near) run.push(p);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs
    .map((r) => simplify(r, tolerance))
    .filter((r) => r.length >= 2)
    .map((r) => openPath(r, origin))
    .join('');
}
