import { describe, expect, it } from 'vitest';
import type { RegionFeature, Regions } from '../../src/data/schemas';
import { isSelectable, selectableDistricts } from '../../src/model/districtSelection';
import { regions } from '../fixtures/bundle';

const feature = (
  id: string,
  group: RegionFeature['properties']['group'],
  kind: RegionFeature['properties']['kind'],
  en = id,
): RegionFeature => ({
  ...regions.features[0],
  properties: { ...regions.features[0].properties, id, group, kind, names: { en, az: en, hy: en, ru: en } },
});

describe('district selection (shared by the map and the timeline’s District filter)', () => {
  it('selects the study area’s and the neighbouring districts and cities, never the context or lines', () => {
    expect(isSelectable(feature('a', 'adjacent-district', 'district'))).toBe(true);
    expect(isSelectable(feature('b', 'nagorno-karabakh', 'city'))).toBe(true);
    expect(isSelectable(feature('c', 'context', 'district'))).toBe(false);
    expect(isSelectable(feature('d', 'nagorno-karabakh', 'ceasefire-line'))).toBe(false);
  });

  it('lists them in English alphabetical order, the same array for the same regions file', () => {
    const all: Regions = {
      ...regions,
      features: [
        feature('z', 'adjacent-district', 'district', 'Zangilan'),
        feature('ctx', 'context', 'district'),
        feature('a', 'nagorno-karabakh', 'district', 'Askeran'),
      ],
    };
    const list = selectableDistricts(all);
    expect(list.map((f) => f.properties.names.en)).toEqual(['Askeran', 'Zangilan']);
    expect(selectableDistricts(all)).toBe(list);
  });
});
