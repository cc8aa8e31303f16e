/**
 * The map's first view and its projection, shared by the Leaflet map and its static picture
 * (StaticMap), so that the picture lines up with the map that replaces it.
 */

/** The study area: Nagorno-Karabakh and the seven adjacent districts, [[south, west], [north, east]]. */
export const STUDY_AREA_BOUNDS: [[number, number], [number, number]] = [
  [38.85, 45.75],
  [40.45, 47.25],
];

/**
 * Web Mercator (Leaflet's default, EPSG:3857) in pixels at zoom 10: one unit is about 0.4 to
 * 0.8 screen pixels in the first view, so whole units are fine enough for a drawing.
 */
const WORLD = 256 * 2 ** 10;

export function project(lat: number, lon: number): [x: number, y: number] {
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  const x = ((lon + 180) / 360) * WORLD;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD;
  return [x, y];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The study area in projected units (y grows southwards, as on screen). */
export function studyAreaBox(): Box {
  const [[south, west], [north, east]] = STUDY_AREA_BOUNDS;
  const [x0, y0] = project(north, west);
  const [x1, y1] = project(south, east);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The picture of the first view's shapes (staticMapSvg.ts), as the build names it, under the app's base. */
export const STATIC_MAP_FILE = 'static-map.svg';
