// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { versionMismatches, PINNED } from '../../../scripts/geo/pinned';
import { regionProps } from '../../../scripts/geo/regionProps';
import { regionProperties } from '../../../src/data/schemas';

describe('what each region is', () => {
  it('uses the bundle’s own group and kind vocabularies', () => {
    for (const id of ['az-lac', 'az-xa', 'az-sus', 'az-tar', 'am', 'am-er', 'az-nx']) {
      expect(() => regionProperties.parse(regionProps(id, 'credit'))).not.toThrow();
    }
    expect(regionProps('az-lac', 'c')).toMatchObject({ group: 'adjacent-district', kind: 'district' });
    expect(regionProps('az-xa', 'c')).toMatchObject({ group: 'nagorno-karabakh', kind: 'city' });
    expect(regionProps('am', 'c')).toMatchObject({ group: 'context', kind: 'country' });
    expect(regionProps('az-nx', 'c')).toMatchObject({ group: 'context', kind: 'province' });
  });

  it('fails for a region without names', () => {
    expect(() => regionProps('xx-none', 'c')).toThrow('no names for region xx-none');
  });
});

describe('the pinned packages', () => {
  it('names each package whose installed version differs', () => {
    expect(versionMismatches((pkg) => PINNED[pkg])).toEqual([]);
    const wrong = versionMismatches((pkg) => (pkg === 'world-atlas' ? '3.0.0' : PINNED[pkg]));
    expect(wrong).toEqual(['world-atlas@3.0.0 installed, the geo build is pinned to 2.0.2']);
  });
});
