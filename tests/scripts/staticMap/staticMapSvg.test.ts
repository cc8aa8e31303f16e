import { describe, expect, it } from 'vitest';
import { isSelectable } from '../../../src/model/districtSelection';
import { staticMapSvg } from '../../../scripts/staticMap/staticMapSvg';
import { studyAreaBox } from '../../../src/map/studyArea';
import { shippedBundle } from '../../data/loadBundle';
import { regions as fixtureRegions } from '../../fixtures/bundle';

describe('the static map image', () => {
  it('is an SVG document whose viewBox is the study area, fitted as Leaflet fits it', () => {
    const doc = new DOMParser().parseFromString(staticMapSvg(fixtureRegions), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    const box = studyAreaBox();
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${box.width} ${box.height}`);
    expect(svg.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
    expect(svg.querySelectorAll('path')).toHaveLength(fixtureRegions.features.length);
  });

  it('draws every district of the shipped bundle and stays small enough to load at once', () => {
    const { regions } = shippedBundle();
    const svg = staticMapSvg(regions);
    const paths = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('path');
    const districts = regions.features.filter(isSelectable);
    expect(paths.length).toBeGreaterThanOrEqual(districts.length);
    expect(paths.length).toBeLessThan(regions.features.length); // far countries are left out
    expect(svg.length).toBeLessThan(40_000);
  });
});
