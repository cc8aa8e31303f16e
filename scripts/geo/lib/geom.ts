/** Small planar/spherical helpers for lon/lat data (no dependency needed for these few). */
import type { Position } from './gpkg-wkb';

export type { Position };
/** Authalic (equal-area) Earth radius in km. */
const R = 6371.0072;
const rad = Math.PI / 180;

/** Area of a closed lon/lat ring in km² (spherical excess; sign ignored). */
export function ringAreaKm2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [l1, p1] = ring[i];
    const [l2, p2] = ring[i + 1];
    sum += (l2 - l1) * rad * (2 + Math.sin(p1 * rad) + Math.sin(p2 * rad));
  }
  return Math.abs((sum * R * R) / 2);
}

/** Area of a polygon (outer ring minus holes) in km². */
export function polygonAreaKm2(rings: Position[][]): number {
  return rings.reduce((a, ring, i) => a + (i === 0 ? 1 : -1) * ringAreaKm2(ring), 0);
}

/** Great-circle distance in km. */
export function distanceKm(a: Position, b: Position): number {
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd point-in-polygon for one polygon (outer ring + holes). */
export function inPolygon(p: Position, rings: Position[][]): boolean {
  return inRing(p, rings[0]) && !rings.slice(1).some((hole) => inRing(p, hole));
}

/** Area-weighted planar centroid of a polygon set (good enough at district scale). */
export function centroid(polygons: Position[][][]): Position {
  let a = 0;
  let x = 0;
  let y = 0;
  for (const rings of polygons) {
    rings.forEach((ring, k) => {
      const sign = k === 0 ? 1 : -1;
      for (let i = 0; i < ring.length - 1; i++) {
        const [x0, y0] = ring[i];
        const [x1, y1] = ring[i + 1];
        const c = (x0 * y1 - x1 * y0) * sign;
        a += c;
        x += (x0 + x1) * c;
        y += (y0 + y1) * c;
      }
    });
  }
  return [x / (3 * a), y / (3 * a)];
}

const samePoint = (a: Position, b: Position, eps: number): boolean =>
  Math.abs(a[0] - b[0]) <= eps && Math.abs(a[1] - b[1]) <= eps;

/**
 * Chains line segments end to end into one closed ring (segments may need reversing).
 * Endpoints closer than `eps` degrees count as touching; where they are not identical, the small
 * gap is bridged by a straight edge (Natural Earth's oblast pieces leave gaps of up to ~250 m).
 * Throws if the segments do not close into a single ring.
 */
export function chainIntoRing(segments: Position[][], eps: number): Position[] {
  const rest = segments.map((s) => s.slice());
  const ring = rest.shift();
  if (!ring) throw new Error('no segments to chain');
  while (rest.length > 0) {
    const end = ring[ring.length - 1];
    const i = rest.findIndex((s) => samePoint(s[0], end, eps) || samePoint(s[s.length - 1], end, eps));
    if (i < 0) throw new Error(`ring does not close: no segment continues from ${end.join(',')}`);
    const [next] = rest.splice(i, 1);
    if (!samePoint(next[0], end, eps)) next.reverse();
    ring.push(...(samePoint(next[0], end, 0) ? next.slice(1) : next));
  }
  const last = ring[ring.length - 1];
  if (!samePoint(ring[0], last, eps)) throw new Error('segments chain but do not close');
  if (!samePoint(ring[0], last, 0)) ring.push(ring[0]);
  return ring;
}

/** Joins line segments that touch end to end (within `eps` degrees) into as few polylines as possible. */
export function joinLines(segments: Position[][], eps: number): Position[][] {
  const rest = segments.map((s) => s.slice());
  const out: Position[][] = [];
  while (rest.length > 0) {
    const line = rest.shift() as Position[];
    for (let grew = true; grew;) {
      grew = false;
      for (let i = 0; i < rest.length; i++) {
        const s = rest[i];
        const head = line[0];
        const tail = line[line.length - 1];
        if (samePoint(s[0], tail, eps)) line.push(...s.slice(1));
        else if (samePoint(s[s.length - 1], tail, eps)) line.push(...s.slice(0, -1).reverse());
        else if (samePoint(s[s.length - 1], head, eps)) line.unshift(...s.slice(0, -1));
        else if (samePoint(s[0], head, eps)) line.unshift(...s.slice(1).reverse());
        else continue;
        rest.splice(i, 1);
        grew = true;
        break;
      }
    }
    out.push(line);
  }
  return out;
}
