// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanGeometry, cleanLine, regionsFileText, wind } from '../../../scripts/geo/cleanRegions';
import { regionProps } from '../../../scripts/geo/regionProps';
import { thousands } from '../../../scripts/geo/regions';
import type { Position } from '../../../scripts/geo/lib/geom';

// A square of about 11 km near Shusha, counter-clockwise.
const square: Position[] = [
  [46.7, 39.7],
  [46.8, 39.7],
  [46.8, 39.8],
  [46.7, 39.8],
  [46.7, 39.7],
];

describe('cleaning the simplified regions', () => {
  it('rounds to 4 decimals and drops the points that rounding repeats', () => {
    expect(
      cleanLine([
        [46.123449, 39.5],
        [46.12345, 39.50001],
        [46.2, 39.6],
      ]),
    ).toEqual([
      [46.1234, 39.5],
      [46.1235, 39.5],
      [46.2, 39.6],
    ]);
    expect(
      cleanLine([
        [1.00001, 2],
        [1.00002, 2],
      ]),
    ).toEqual([[1, 2]]);
  });

  it('winds exterior rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    const clockwise = [...square].reverse();
    expect(wind(clockwise, true)).toEqual(square);
    expect(wind(square, true)).toBe(square);
    expect(wind(square, false)).toEqual(clockwise);
  });

  it('leaves out far islets but keeps a small shape inside the map window', () => {
    const farIslet = square.map(([x, y]): Position => [x + 60, y]);
    const g = cleanGeometry({ type: 'MultiPolygon', coordinates: [[square], [farIslet]] }, 'az-sus');
    expect(g).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(() => cleanGeometry({ type: 'Polygon', coordinates: [farIslet] }, 'far')).toThrow(
      'far: nothing left after simplification',
    );
  });

  it('continues a ring across the antimeridian past 180° E instead of wrapping it', () => {
    const ring: Position[] = [
      [179, 60],
      [-179, 60],
      [-179, 61],
      [179, 61],
      [179, 60],
    ];
    const g = cleanGeometry({ type: 'Polygon', coordinates: [ring] }, 'ru');
    expect(g.type === 'Polygon' && g.coordinates[0].every(([x]) => x >= 179)).toBe(true);
  });

  it('writes one feature per line with sorted keys', () => {
    const geometry = { type: 'LineString' as const, coordinates: [[1, 2]] };
    const f = { type: 'Feature' as const, properties: regionProps('az-sus', 'test'), geometry };
    const text = regionsFileText([f, f]);
    expect(text.split('\n')).toHaveLength(5);
    expect(text.split('\n')[1]).toMatch(
      /^\{"geometry":\{"coordinates":\[\[1,2\]\],"type":"LineString"\},"properties":\{"description"/,
    );
  });

  it('writes thousands with commas whatever the locale', () => {
    expect(thousands(4280)).toBe('4,280');
    expect(thousands(980)).toBe('980');
  });
});
