import { describe, expect, it } from 'vitest';
import { project, studyAreaBox, STUDY_AREA_BOUNDS } from '../../src/map/studyArea';

const WORLD = 256 * 2 ** 10;

describe('the projection of the static map', () => {
  it('is Web Mercator in pixels at zoom 10, as Leaflet draws it', () => {
    expect(project(0, 0)).toEqual([WORLD / 2, WORLD / 2]);
    expect(project(0, 180)[0]).toBe(WORLD);
    // Latitude 85.0511° is the top of the square Web Mercator world.
    expect(project(85.0511, 0)[1]).toBeCloseTo(0, 0);
  });

  it('puts the study area in a box whose corners are its bounds, north up', () => {
    const b = studyAreaBox();
    const [[south, west], [north, east]] = STUDY_AREA_BOUNDS;
    expect(project(north, west)).toEqual([b.x, b.y]);
    const [x1, y1] = project(south, east);
    expect(x1 - b.x).toBeCloseTo(b.width);
    expect(y1 - b.y).toBeCloseTo(b.height);
    // 1.5° of longitude at zoom 10; Mercator stretches latitude at 39–40° N.
    expect(b.width).toBeCloseTo((1.5 / 360) * WORLD);
    expect(b.height).toBeGreaterThan(b.width);
  });
});
