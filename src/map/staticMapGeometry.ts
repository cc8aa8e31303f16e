import type { RegionFeature } from '../data/schemas';
import { project, type Box } from './studyArea';

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
 * SVG path data for one shape of the bundle, in projected units (studyArea.ts), for the static
 * picture of the map. Only what can be seen matters: polygons are clipped to `clip` and lines
 * are cut where they leave it (a country such as Russia keeps a few dozen of its thousands of
 * points); outlines are simplified, and coordinates are whole units, so that the built image
 * (staticMapSvg.ts) stays small.
 */
export function shapePath(geometry: RegionFeature['geometry'], drawing: Drawing): string {
  const { clip, origin, tolerance } = drawing;
  const ring = (r: readonly Position[]) => closedPath(simplify(clipPolygon(r.map(toPoint), clip), tolerance), origin);
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
  return { x: box.x - box.width * fx, y: box.y - box.height * fy, width: box.width * (1 + 2 * fx), height: box.height * (1 + 2 * fy) };
}

const toPoint = (p: Position): Point => project(p[1], p[0]);

/** Sutherland–Hodgman against the four edges of a rectangle: the part of a ring inside it. */
export function clipPolygon(points: readonly Point[], box: Box): Point[] {
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  const edges: [inside: (p: Point) => boolean, cut: (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= box.x, (a, b) => atX(a, b, box.x)],
    [(p) => p[0] <= x1, (a, b) => atX(a, b, x1)],
    [(p) => p[1] >= box.y, (a, b) => atY(a, b, box.y)],
    [(p) => p[1] <= y1, (a, b) => atY(a, b, y1)],
  ];
  let out = [...points];
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length];
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cut(previous, current));
      }
    });
    if (out.length === 0) break;
  }
  return out;
}

const atX = (a: Point, b: Point, x: number): Point => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atY = (a: Point, b: Point, y: number): Point => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

/**
 * Douglas–Peucker: keeps the points that stray more than `tolerance` from the line between the
 * points kept around them. Far fewer points than a distance filter for the same faithfulness.
 */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = 0;
    let at = -1;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > worst) [worst, at] = [d, i];
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([first, at], [at, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
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
  const inside = (p: Point) => p[0] >= box.x && p[0] <= box.x + box.width && p[1] >= box.y && p[1] <= box.y + box.height;
  const runs: Point[][] = [];
  let run: Point[] = [];
  points.forEach((p, i) => {
    const near = inside(p) || (i > 0 && inside(points[i - 1])) || (i < points.length - 1 && inside(points[i + 1]));
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
