/** OpenStreetMap's tile server: the map's only outside host, which the reader must switch on (src/app/csp.ts allows it). */
export const TILE_HOST = 'https://tile.openstreetmap.org';
