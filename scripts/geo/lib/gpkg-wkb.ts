/**
 * Minimal reader for GeoPackage geometry blobs (GPKG header + OGC WKB), enough for the
 * LineString / MultiLineString features of Natural Earth's disputed-boundary layer.
 * Spec: OGC GeoPackage 1.2, §2.1.3 "Geometry encoding".
 */
export type Position = [number, number];

export function parseGpkgGeometry(blob: Buffer): Position[][] {
  if (blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('not a GeoPackage geometry blob (no "GP" magic)');
  const flags = blob[3];
  // bits 1-3: envelope kind -> 0 none, 1 xy (32 bytes), 2 xyz / 3 xym (48), 4 xyzm (64)
  const envelopeKind = (flags >> 1) & 0x07;
  const envelopeBytes = [0, 32, 48, 48, 64][envelopeKind];
  if (envelopeBytes === undefined) throw new Error(`bad GeoPackage envelope kind ${envelopeKind}`);
  const wkbStart = 8 + envelopeBytes;
  const lines: Position[][] = [];
  readWkb(blob, wkbStart, lines);
  return lines;
}

/** Reads one WKB geometry at `offset`, appends its line strings to `out`, returns the next offset. */
function readWkb(buf: Buffer, offset: number, out: Position[][]): number {
  const little = buf[offset] === 1;
  const u32 = (o: number): number => (little ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const f64 = (o: number): number => (little ? buf.readDoubleLE(o) : buf.readDoubleBE(o));
  const type = u32(offset + 1);
  let o = offset + 5;
  if (type === 2) {
    const n = u32(o);
    o += 4;
    const line: Position[] = [];
    for (let i = 0; i < n; i++, o += 16) line.push([f64(o), f64(o + 8)]);
    out.push(line);
    return o;
  }
  if (type === 5) {
    const parts = u32(o);
    o += 4;
    for (let i = 0; i < parts; i++) o = readWkb(buf, o, out);
    return o;
  }
  throw new Error(`unsupported WKB geometry type ${type} (only 2D LineString/MultiLineString)`);
}
