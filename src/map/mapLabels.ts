import type { LocatedPlace, RegionFeature } from '../data/schemas';
import {
  estimateLabelWidth,
  LABEL_HEIGHT,
  placeLabels,
  type LabelCandidate,
  type LabelView,
  type PlacedLabel,
} from '../model/labelLayout';

/**
 * The labels the map may show, as candidates for the collision rule (model/labelLayout.ts): the
 * main towns first, in LABELLED_TOWNS order, then (zoomed in) the districts. The Leaflet map and
 * the static picture both lay their labels out through `layoutLabels`.
 */

/** District names join the labels from this zoom on: at the first view the towns fill the map. */
export const DISTRICT_LABEL_ZOOM = 9;

export type Project = (lat: number, lon: number) => { x: number; y: number };

export function townCandidates(towns: readonly LocatedPlace[], project: Project): LabelCandidate[] {
  return towns.map((t, i) => ({
    id: t.id,
    ...project(t.lat, t.lon),
    width: estimateLabelWidth(t.names.en),
    height: LABEL_HEIGHT,
    priority: 1000 - i,
    anchor: 'beside',
  }));
}

export function districtCandidates(districts: readonly RegionFeature[], project: Project): LabelCandidate[] {
  return districts.map((d) => {
    const [lon, lat] = labelPoint(d);
    return {
      id: d.properties.id,
      ...project(lat, lon),
      width: estimateLabelWidth(d.properties.names.en),
      height: LABEL_HEIGHT,
      priority: 0,
      anchor: 'centre',
    };
  });
}

/** Which labels show, and where: id → placement. */
export function layoutLabels(
  candidates: readonly LabelCandidate[],
  view: LabelView,
): Map<string, PlacedLabel> {
  return new Map(placeLabels(candidates, view).map((p) => [p.id, p]));
}

/** The area-weighted centre of a district's largest outer ring, in [lon, lat]. */
export function labelPoint(f: RegionFeature): [number, number] {
  const g = f.geometry;
  const rings =
    g.type === 'Polygon'
      ? [g.coordinates[0]]
      : g.type === 'MultiPolygon'
        ? g.coordinates.map((p) => p[0])
        : [];
  let best: [number, number] = [0, 0];
  let bestArea = -1;
  for (const ring of rings) {
    let [a, cx, cy] = [0, 0, 0];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += cross;
      cx += (ring[j][0] + ring[i][0]) * cross;
      cy += (ring[j][1] + ring[i][1]) * cross;
    }
    if (Math.abs(a) > bestArea && a !== 0) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  }
  return best;
}
