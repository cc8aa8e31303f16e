/**
 * Where the map's coarse boundaries (Natural Earth, 1:10 million) put a town in a neighbouring
 * district's shape: the gazetteer gives each place the district its sources name, and at this
 * scale a district's outline can miss its own town by a kilometre or two (Berdzor / Lachin falls
 * inside Shusha's shape). The district card says so, in plain words.
 */
import { isLocated } from '../data/isLocated';
import type { LocatedPlace, Place, RegionFeature } from '../data/schemas';

export interface MisplacedTown {
  place: LocatedPlace;
  /** The district the gazetteer names. */
  ownId: string;
  /** The shape the point falls in. */
  drawnInId: string;
  /** Kilometres from the point to its own district's outline. */
  kmFromOwn: number;
}

type Ring = readonly (readonly number[])[];

function polygons(f: RegionFeature): Ring[][] {
  const g = f.geometry;
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** Even–odd ray casting: holes count, as in the drawing. */
export function containsPoint(f: RegionFeature, lon: number, lat: number): boolean {
  let inside = false;
  for (const poly of polygons(f)) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** Distance in km from a point to the nearest edge of a shape (local equirectangular, fine at this size). */
export function kmToOutline(f: RegionFeature, lon: number, lat: number): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const poly of polygons(f)) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = [(ring[i - 1][0] - lon) * kx, (ring[i - 1][1] - lat) * ky];
        const [bx, by] = [(ring[i][0] - lon) * kx, (ring[i][1] - lat) * ky];
        const [dx, dy] = [bx - ax, by - ay];
        const l2 = dx * dx + dy * dy;
        const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}

/**
 * Towns (from `placeIds`) that belong to `district` but are drawn in another of `shapes`, or that
 * belong elsewhere but are drawn in `district`.
 */
export function misplacedTowns(
  district: RegionFeature,
  shapes: readonly RegionFeature[],
  placeIds: readonly string[],
  placesById: ReadonlyMap<string, Place>,
): MisplacedTown[] {
  const out: MisplacedTown[] = [];
  for (const pid of placeIds) {
    const p = placesById.get(pid);
    if (!p || !isLocated(p) || !p.regionId) continue;
    const own = shapes.find((s) => s.properties.id === p.regionId);
    if (!own || containsPoint(own, p.lon, p.lat)) continue;
    const drawnIn = shapes.find((s) => s !== own && containsPoint(s, p.lon, p.lat));
    if (!drawnIn || (own !== district && drawnIn !== district)) continue;
    out.push({
      place: p,
      ownId: own.properties.id,
      drawnInId: drawnIn.properties.id,
      kmFromOwn: kmToOutline(own, p.lon, p.lat),
    });
  }
  return out;
}
