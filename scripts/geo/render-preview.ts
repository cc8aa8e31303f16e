/**
 * Quick visual check of the built map files (not part of the build): writes an SVG of
 * public/data/regions.geojson and places.json in a plain lon/lat projection.
 *   npx tsx scripts/geo/render-preview.ts [west,south,east,north] [out.svg]
 *   rsvg-convert out.svg -o out.png      # Debian package librsvg2-bin
 */
import { readFileSync, writeFileSync } from 'node:fs';
type P = [number, number];
interface F {
  properties: { id: string; group: string; kind: string };
  geometry: { type: string; coordinates: unknown };
}
const fc = JSON.parse(readFileSync('public/data/regions.geojson', 'utf8')) as { features: F[] };
const places = JSON.parse(readFileSync('public/data/places.json', 'utf8')) as {
  id: string;
  lat: number;
  lon: number;
  kind: string;
}[];
const [W, S, E, N] = (process.argv[2] ?? '44.5,38.7,48,40.9').split(',').map(Number);
const width = 1600;
const k = Math.cos((((S + N) / 2) * Math.PI) / 180);
const height = Math.round((width * (N - S)) / ((E - W) * k));
const x = (p: P) => ((p[0] - W) / (E - W)) * width;
const y = (p: P) => ((N - p[1]) / (N - S)) * height;
const path = (rings: P[][]) =>
  rings.map((r) => 'M' + r.map((p) => `${x(p).toFixed(1)},${y(p).toFixed(1)}`).join('L')).join('');
const fill: Record<string, string> = {
  'nagorno-karabakh': '#f4c7a1',
  'adjacent-district': '#f9e79f',
  context: '#e8eef2',
};
let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#bfe3f5"/>`;
const order = (f: F) =>
  f.properties.kind === 'country'
    ? 0
    : f.properties.kind === 'lake'
      ? 3
      : ['river', 'ceasefire-line', 'oblast-outline'].includes(f.properties.kind)
        ? 4
        : 1;
for (const f of fc.features.slice().sort((a, b) => order(a) - order(b))) {
  const g = f.geometry;
  const kd = f.properties.kind;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as P[][][];
    const d = polys.map(path).join('');
    if (kd === 'oblast-outline')
      svg += `<path d="${d}" fill="none" stroke="#a00" stroke-width="3" stroke-dasharray="8,5"/>`;
    else if (kd === 'country')
      svg += `<path d="${d}" fill="${f.properties.id === 'az' || f.properties.id === 'am' ? '#fff' : '#ddd'}" stroke="#333" stroke-width="1.5"/>`;
    else if (kd === 'lake') svg += `<path d="${d}" fill="#7cc5ec" stroke="#258" stroke-width="1"/>`;
    else
      svg += `<path d="${d}" fill="${fill[f.properties.group]}" fill-opacity="0.8" stroke="#666" stroke-width="0.8"/>`;
  } else {
    const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as P[][];
    const d = lines
      .map((l) => 'M' + l.map((p) => `${x(p).toFixed(1)},${y(p).toFixed(1)}`).join('L'))
      .join('');
    svg += `<path d="${d}" fill="none" stroke="${kd === 'river' ? '#06c' : '#e00'}" stroke-width="${kd === 'river' ? 3 : 2.5}"/>`;
  }
}
for (const f of fc.features) {
  const g = f.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
  if (f.properties.kind === 'country' || f.properties.kind === 'oblast-outline') continue;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as P[][][];
  const big = polys.slice().sort((a, b) => b[0].length - a[0].length)[0][0];
  const cx = big.reduce((s, p) => s + p[0], 0) / big.length,
    cy = big.reduce((s, p) => s + p[1], 0) / big.length;
  if (cx > W && cx < E && cy > S && cy < N)
    svg += `<text x="${x([cx, cy])}" y="${y([cx, cy])}" font-size="13" fill="#004" font-family="sans-serif" text-anchor="middle">${f.properties.id}</text>`;
}
for (const p of places) {
  const q: P = [p.lon, p.lat];
  if (p.lon < W || p.lon > E || p.lat < S || p.lat > N) continue;
  svg += `<circle cx="${x(q)}" cy="${y(q)}" r="3.5" fill="#000"/><text x="${x(q) + 5}" y="${y(q) - 3}" font-size="11" font-family="sans-serif" fill="#700">${p.id}</text>`;
}
writeFileSync(process.argv[3] ?? 'geo-preview.svg', svg + '</svg>');
