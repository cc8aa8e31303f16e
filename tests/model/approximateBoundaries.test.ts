import { describe, expect, it } from 'vitest';
import type { Place, RegionFeature } from '../../src/data/schemas';
import { containsPoint, kmToOutline, misplacedTowns } from '../../src/model/approximateBoundaries';

const square = (id: string, x: number, y: number): RegionFeature => ({
  type: 'Feature',
  properties: { id, names: { en: id, az: id, hy: id, ru: id }, group: 'adjacent-district', kind: 'district' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});
const lac = square('az-lac', 46, 39);
const sus = square('az-sus', 47, 39);
const town = {
  id: 'lachin',
  names: { en: 'Berdzor / Lachin', az: '', hy: '', ru: '' },
  lat: 39.5,
  lon: 47.02,
  kind: 'town',
  regionId: 'az-lac',
  sourceIds: ['s'],
} as Place;
const placesById = new Map([[town.id, town]]);

describe('towns the coarse boundaries put in the neighbouring shape', () => {
  it('tests points against shapes', () => {
    expect(containsPoint(lac, 46.5, 39.5)).toBe(true);
    expect(containsPoint(lac, 47.5, 39.5)).toBe(false);
  });

  it('measures the distance to an outline in km', () => {
    expect(kmToOutline(lac, 47.02, 39.5)).toBeCloseTo(0.02 * 111.32 * Math.cos((39.5 * Math.PI) / 180), 3);
  });

  it('names the town in both districts’ cards, and in no other', () => {
    const shapes = [lac, sus, square('az-cab', 48, 39)];
    for (const d of [lac, sus]) {
      expect(misplacedTowns(d, shapes, ['lachin'], placesById)).toMatchObject([
        { ownId: 'az-lac', drawnInId: 'az-sus' },
      ]);
    }
    expect(misplacedTowns(shapes[2], shapes, ['lachin'], placesById)).toEqual([]);
  });
});

describe('the bundle’s district cards', () => {
  it('say the boundaries are approximate wherever the outline puts a main town in the neighbouring shape', async () => {
    const { readFileSync } = await import('node:fs');
    const { LABELLED_TOWNS } = await import('../../src/map/labelledTowns');
    const regions = JSON.parse(readFileSync('public/data/regions.geojson', 'utf8')) as {
      features: RegionFeature[];
    };
    const places = JSON.parse(readFileSync('public/data/places.json', 'utf8')) as Place[];
    const byId = new Map(places.map((p) => [p.id, p]));
    const shapes = regions.features.filter(
      (f) =>
        f.properties.group !== 'context' &&
        (f.properties.kind === 'district' || f.properties.kind === 'city'),
    );
    const found: string[] = [];
    for (const d of shapes) {
      for (const m of misplacedTowns(d, shapes, LABELLED_TOWNS, byId)) {
        found.push(`${d.properties.id}:${m.place.id}`);
        expect(d.properties.description, d.properties.id).toContain('Boundaries on this map are approximate');
        expect(d.properties.description, d.properties.id).toContain(`${m.place.names.en}`);
        expect(d.properties.description, d.properties.id).toContain(`about ${m.kmFromOwn.toFixed(1)} km`);
      }
    }
    expect(found).toContain('az-lac:lachin');
    expect(found).toContain('az-sus:lachin');
  });
});
